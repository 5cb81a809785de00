package org.quicksilver.programme.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.quicksilver.platform.InvalidInputException;

/**
 * A report the grantee owes by a date. The secretariat records when it arrives and, after review,
 * accepts it; only an accepted report releases a tranche that waits for it.
 */
public final class GrantReport {
  private final String reference;
  private final ReportKind kind;
  private final LocalDate dueOn;
  private LocalDate receivedOn;
  private boolean accepted;

  GrantReport(String reference, ReportKind kind, LocalDate dueOn) {
    this.reference = Text.required(reference, "programme.report.referenceRequired");
    this.kind = kind;
    this.dueOn = dueOn;
  }

  public void receive(LocalDate on) {
    receivedOn = on;
  }

  public void accept() {
    if (receivedOn == null) {
      throw new InvalidInputException("programme.report.notReceived", reference);
    }
    accepted = true;
  }

  /** Overdue from the day after its due date until it is received; due on the day itself. */
  public boolean isOverdue(LocalDate today) {
    return receivedOn == null && today.isAfter(dueOn);
  }

  public boolean wasReceivedLate() {
    return receivedOn != null && receivedOn.isAfter(dueOn);
  }

  public String getReference() {
    return reference;
  }

  public ReportKind getKind() {
    return kind;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public Optional<LocalDate> getReceivedOn() {
    return Optional.ofNullable(receivedOn);
  }

  public boolean isAccepted() {
    return accepted;
  }
}
