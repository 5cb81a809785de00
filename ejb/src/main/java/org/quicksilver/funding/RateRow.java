package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A monthly rate as the rates page lists it. */
public record RateRow(
    Long id,
    String currencyCode,
    LocalDate month,
    BigDecimal unitsPerUsd,
    String source,
    String recordedBy,
    long version)
    implements Serializable {}
