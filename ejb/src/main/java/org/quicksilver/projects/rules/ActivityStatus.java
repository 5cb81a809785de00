package org.quicksilver.projects.rules;

import java.util.EnumSet;
import java.util.Set;
import org.quicksilver.platform.InvalidInputException;

/**
 * Where an activity stands. It is planned, then confirmed once its dates and venue are fixed, then
 * held. A confirmed activity can be postponed back to planned, and a planned or confirmed one
 * cancelled; both need a written reason, since donors paid for what was planned. Held and cancelled
 * are final: they are what the progress report tells.
 */
public enum ActivityStatus {
  PLANNED,
  CONFIRMED,
  HELD,
  CANCELLED;

  public boolean isFinal() {
    return this == HELD || this == CANCELLED;
  }

  public boolean canMoveTo(ActivityStatus next) {
    return successors().contains(next);
  }

  /** Refuses a move the workflow does not allow, naming both ends so the user sees which. */
  public void checkMoveTo(ActivityStatus next) {
    if (!canMoveTo(next)) {
      throw new InvalidInputException("projects.activity.transitionRefused", this, next);
    }
  }

  /** Cancelling and postponing undo a plan someone relied on, so they are explained. */
  public boolean needsReasonToMoveTo(ActivityStatus next) {
    return next == CANCELLED || (this == CONFIRMED && next == PLANNED);
  }

  private Set<ActivityStatus> successors() {
    return switch (this) {
      case PLANNED -> EnumSet.of(CONFIRMED, CANCELLED);
      case CONFIRMED -> EnumSet.of(HELD, PLANNED, CANCELLED);
      case HELD, CANCELLED -> EnumSet.noneOf(ActivityStatus.class);
    };
  }
}
