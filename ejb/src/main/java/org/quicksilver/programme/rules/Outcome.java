package org.quicksilver.programme.rules;

/** What the committee decides on an application. */
public enum Outcome {
  APPROVED(ApplicationStatus.APPROVED),
  APPROVED_WITH_CONDITIONS(ApplicationStatus.APPROVED_WITH_CONDITIONS),
  DEFERRED(ApplicationStatus.DEFERRED),
  REJECTED(ApplicationStatus.REJECTED);

  private final ApplicationStatus status;

  Outcome(ApplicationStatus status) {
    this.status = status;
  }

  /** Only an approval commits money, so only an approval carries an amount. */
  public boolean grantsMoney() {
    return this == APPROVED || this == APPROVED_WITH_CONDITIONS;
  }

  /** The status the application takes when this outcome is recorded. */
  public ApplicationStatus status() {
    return status;
  }
}
