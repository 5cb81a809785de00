package org.quicksilver.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A line of the register as the page lists it. */
public record RegisteredReport(
    Long id,
    String kind,
    String parameters,
    String language,
    String format,
    String fileName,
    long sizeBytes,
    String sha256,
    LocalDate dataAsOf,
    String generatedBy,
    Instant generatedAt)
    implements Serializable {}
