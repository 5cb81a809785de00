package org.quicksilver.projects.rules;

import java.util.EnumSet;
import java.util.Set;
import org.quicksilver.platform.InvalidInputException;

/**
 * Where a national pilot project stands. It starts, may be suspended (a change of government, a
 * partner's difficulty) and resumed, and ends completed or cancelled. Suspending and cancelling
 * need a written reason: the donor reads why its money stopped working.
 */
public enum PilotProjectStatus {
  NOT_STARTED,
  ONGOING,
  SUSPENDED,
  COMPLETED,
  CANCELLED;

  public boolean isFinal() {
    return this == COMPLETED || this == CANCELLED;
  }

  public boolean canMoveTo(PilotProjectStatus next) {
    return successors().contains(next);
  }

  /** Refuses a move the workflow does not allow, naming both ends so the user sees which. */
  public void checkMoveTo(PilotProjectStatus next) {
    if (!canMoveTo(next)) {
      throw new InvalidInputException("projects.pilot.transitionRefused", this, next);
    }
  }

  public boolean needsReasonToMoveTo(PilotProjectStatus next) {
    return next == SUSPENDED || next == CANCELLED;
  }

  private Set<PilotProjectStatus> successors() {
    return switch (this) {
      case NOT_STARTED -> EnumSet.of(ONGOING, CANCELLED);
      case ONGOING -> EnumSet.of(SUSPENDED, COMPLETED, CANCELLED);
      case SUSPENDED -> EnumSet.of(ONGOING, CANCELLED);
      case COMPLETED, CANCELLED -> EnumSet.noneOf(PilotProjectStatus.class);
    };
  }
}
