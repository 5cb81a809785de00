package org.quicksilver.programme.rules;

import java.util.EnumSet;
import java.util.Set;
import org.quicksilver.platform.InvalidInputException;

/**
 * Where an application stands in a round. The secretariat screens it, the committee reviews the
 * eligible ones and decides. A deferred application comes back at a later meeting; every other
 * decision is final, and a decision is changed only by a later one that supersedes it.
 */
public enum ApplicationStatus {
  RECEIVED,
  SCREENING,
  ELIGIBLE,
  INELIGIBLE,
  UNDER_REVIEW,
  APPROVED,
  APPROVED_WITH_CONDITIONS,
  DEFERRED,
  REJECTED,
  WITHDRAWN;

  /** The committee's outcomes; a Party can no longer withdraw once one of them is taken. */
  public boolean isDecided() {
    return this == APPROVED
        || this == APPROVED_WITH_CONDITIONS
        || this == DEFERRED
        || this == REJECTED;
  }

  public boolean canMoveTo(ApplicationStatus next) {
    return next != this && successors().contains(next);
  }

  /** Refuses a move the workflow does not allow, naming both ends so the user sees which. */
  public void checkMoveTo(ApplicationStatus next) {
    if (!canMoveTo(next)) {
      throw new InvalidInputException("programme.application.transitionRefused", this, next);
    }
  }

  private Set<ApplicationStatus> successors() {
    Set<ApplicationStatus> next =
        switch (this) {
          case RECEIVED -> EnumSet.of(SCREENING);
          case SCREENING -> EnumSet.of(ELIGIBLE, INELIGIBLE);
          case ELIGIBLE -> EnumSet.of(UNDER_REVIEW);
          case UNDER_REVIEW -> EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, DEFERRED, REJECTED);
          case DEFERRED -> EnumSet.of(UNDER_REVIEW);
          default -> EnumSet.noneOf(ApplicationStatus.class);
        };
    if (!isDecided() && this != WITHDRAWN) {
      next.add(WITHDRAWN);
    }
    return next;
  }
}
