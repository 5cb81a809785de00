package org.quicksilver.funding;

import java.time.LocalDate;

/** Where a reporting obligation stands; derived from its dates, never typed in. */
public enum ObligationStatus {
  DUE,
  OVERDUE,
  SUBMITTED;

  /** Overdue from the day after the due date. */
  public static ObligationStatus of(LocalDate dueOn, LocalDate submittedOn, LocalDate today) {
    if (submittedOn != null) {
      return SUBMITTED;
    }
    return today.isAfter(dueOn) ? OVERDUE : DUE;
  }
}
