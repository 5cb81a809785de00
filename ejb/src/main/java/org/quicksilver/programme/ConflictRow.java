package org.quicksilver.programme;

import java.io.Serializable;
import java.time.Instant;

/** A declared conflict of interest, for the committee page and the record. */
public record ConflictRow(
    Long id,
    String memberName,
    String memberCountryCode,
    Long applicationId,
    String applicationReference,
    String applicationTitle,
    String reason,
    Instant declaredAt)
    implements Serializable {}
