package org.quicksilver.projects.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicksilver.projects.rules.ActivityStatus.CANCELLED;
import static org.quicksilver.projects.rules.ActivityStatus.CONFIRMED;
import static org.quicksilver.projects.rules.ActivityStatus.HELD;
import static org.quicksilver.projects.rules.ActivityStatus.PLANNED;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicksilver.platform.InvalidInputException;

class ActivityStatusTest {

  @ParameterizedTest
  @CsvSource({
    "PLANNED, CONFIRMED",
    "CONFIRMED, HELD",
    "PLANNED, CANCELLED",
    "CONFIRMED, CANCELLED",
    "CONFIRMED, PLANNED"
  })
  void theWorkflowAllowsItsMoves(ActivityStatus from, ActivityStatus to) {
    assertTrue(from.canMoveTo(to));
    assertDoesNotThrow(() -> from.checkMoveTo(to));
  }

  @Test
  void exactlyTheDocumentedMovesAreAllowed() {
    Set<String> allowed = new HashSet<>();
    for (ActivityStatus from : ActivityStatus.values()) {
      for (ActivityStatus to : ActivityStatus.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }

    assertEquals(
        Set.of(
            "PLANNED>CONFIRMED",
            "CONFIRMED>HELD",
            "PLANNED>CANCELLED",
            "CONFIRMED>CANCELLED",
            "CONFIRMED>PLANNED"),
        allowed);
  }

  @Test
  void aPlannedActivityIsNotHeldWithoutBeingConfirmed() {
    assertFalse(PLANNED.canMoveTo(HELD));
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityStatus.class,
      names = {"HELD", "CANCELLED"})
  void heldAndCancelledAreFinal(ActivityStatus status) {
    assertTrue(status.isFinal());
    for (ActivityStatus next : ActivityStatus.values()) {
      assertFalse(status.canMoveTo(next), status + " -> " + next);
    }
  }

  @ParameterizedTest
  @EnumSource(ActivityStatus.class)
  void stayingPutIsNotAMove(ActivityStatus status) {
    assertFalse(status.canMoveTo(status));
  }

  @Test
  void aRefusedMoveNamesBothEnds() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> HELD.checkMoveTo(CANCELLED));

    assertEquals("projects.activity.transitionRefused", refused.messageKey());
    assertArrayEquals(new Object[] {HELD, CANCELLED}, refused.arguments());
  }

  @Test
  void cancellingAndPostponingNeedAReasonConfirmingAndHoldingDoNot() {
    assertTrue(PLANNED.needsReasonToMoveTo(CANCELLED));
    assertTrue(CONFIRMED.needsReasonToMoveTo(CANCELLED));
    assertTrue(CONFIRMED.needsReasonToMoveTo(PLANNED));
    assertFalse(PLANNED.needsReasonToMoveTo(CONFIRMED));
    assertFalse(CONFIRMED.needsReasonToMoveTo(HELD));
  }
}
