package org.quicksilver.programme;

import java.io.Serializable;
import java.time.LocalDate;
import org.quicksilver.programme.rules.ReportKind;

/** A report a grant owes, with its dates. */
public record GrantReportRow(
    Long id,
    ReportKind kind,
    String reference,
    LocalDate dueOn,
    LocalDate receivedOn,
    LocalDate acceptedOn,
    long version)
    implements Serializable {

  /** Overdue from the day after it was due, until received. */
  public boolean isOverdue(LocalDate today) {
    return receivedOn == null && today.isAfter(dueOn);
  }
}
