package org.quicksilver.projects.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicksilver.projects.rules.PilotProjectStatus.CANCELLED;
import static org.quicksilver.projects.rules.PilotProjectStatus.COMPLETED;
import static org.quicksilver.projects.rules.PilotProjectStatus.NOT_STARTED;
import static org.quicksilver.projects.rules.PilotProjectStatus.ONGOING;
import static org.quicksilver.projects.rules.PilotProjectStatus.SUSPENDED;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicksilver.platform.InvalidInputException;

class PilotProjectStatusTest {

  @Test
  void exactlyTheDocumentedMovesAreAllowed() {
    Set<String> allowed = new HashSet<>();
    for (PilotProjectStatus from : PilotProjectStatus.values()) {
      for (PilotProjectStatus to : PilotProjectStatus.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }

    assertEquals(
        Set.of(
            "NOT_STARTED>ONGOING",
            "NOT_STARTED>CANCELLED",
            "ONGOING>SUSPENDED",
            "ONGOING>COMPLETED",
            "ONGOING>CANCELLED",
            "SUSPENDED>ONGOING",
            "SUSPENDED>CANCELLED"),
        allowed);
  }

  @Test
  void aSuspendedPilotResumesBeforeItCompletes() {
    assertFalse(SUSPENDED.canMoveTo(COMPLETED));
    assertFalse(NOT_STARTED.canMoveTo(COMPLETED));
  }

  @ParameterizedTest
  @EnumSource(
      value = PilotProjectStatus.class,
      names = {"COMPLETED", "CANCELLED"})
  void completedAndCancelledAreFinal(PilotProjectStatus status) {
    assertTrue(status.isFinal());
    for (PilotProjectStatus next : PilotProjectStatus.values()) {
      assertFalse(status.canMoveTo(next), status + " -> " + next);
    }
  }

  @Test
  void suspendingAndCancellingNeedAReason() {
    assertTrue(ONGOING.needsReasonToMoveTo(SUSPENDED));
    assertTrue(NOT_STARTED.needsReasonToMoveTo(CANCELLED));
    assertFalse(SUSPENDED.needsReasonToMoveTo(ONGOING));
    assertFalse(ONGOING.needsReasonToMoveTo(COMPLETED));
  }

  @Test
  void aRefusedMoveNamesBothEnds() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> COMPLETED.checkMoveTo(ONGOING));

    assertEquals("projects.pilot.transitionRefused", refused.messageKey());
    assertArrayEquals(new Object[] {COMPLETED, ONGOING}, refused.arguments());
  }
}
