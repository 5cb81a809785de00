package org.quicksilver.programme;

import java.io.Serializable;
import java.time.Instant;
import org.quicksilver.programme.rules.ApplicationStatus;

/** One step of an application's history: from which status to which, who, when and why. */
public record ApplicationHistoryRow(
    Long id, ApplicationStatus from, ApplicationStatus to, String reason, Instant at, String by)
    implements Serializable {}
