package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicksilver.programme.rules.ApplicationStatus.APPROVED;
import static org.quicksilver.programme.rules.ApplicationStatus.APPROVED_WITH_CONDITIONS;
import static org.quicksilver.programme.rules.ApplicationStatus.DEFERRED;
import static org.quicksilver.programme.rules.ApplicationStatus.ELIGIBLE;
import static org.quicksilver.programme.rules.ApplicationStatus.INELIGIBLE;
import static org.quicksilver.programme.rules.ApplicationStatus.RECEIVED;
import static org.quicksilver.programme.rules.ApplicationStatus.REJECTED;
import static org.quicksilver.programme.rules.ApplicationStatus.SCREENING;
import static org.quicksilver.programme.rules.ApplicationStatus.UNDER_REVIEW;
import static org.quicksilver.programme.rules.ApplicationStatus.WITHDRAWN;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.quicksilver.platform.InvalidInputException;

class ApplicationStatusTest {

  @ParameterizedTest
  @CsvSource({
    "RECEIVED, SCREENING",
    "SCREENING, ELIGIBLE",
    "SCREENING, INELIGIBLE",
    "ELIGIBLE, UNDER_REVIEW",
    "UNDER_REVIEW, APPROVED",
    "UNDER_REVIEW, APPROVED_WITH_CONDITIONS",
    "UNDER_REVIEW, DEFERRED",
    "UNDER_REVIEW, REJECTED",
    "DEFERRED, UNDER_REVIEW"
  })
  void theWorkflowMovesForwardStepByStep(ApplicationStatus from, ApplicationStatus to) {
    assertTrue(from.canMoveTo(to));
    assertDoesNotThrow(() -> from.checkMoveTo(to));
  }

  @ParameterizedTest
  @EnumSource(
      value = ApplicationStatus.class,
      names = {"RECEIVED", "SCREENING", "ELIGIBLE", "INELIGIBLE", "UNDER_REVIEW"})
  void aPartyMayWithdrawUntilTheCommitteeDecides(ApplicationStatus from) {
    assertTrue(from.canMoveTo(WITHDRAWN));
  }

  @ParameterizedTest
  @EnumSource(
      value = ApplicationStatus.class,
      names = {"APPROVED", "APPROVED_WITH_CONDITIONS", "DEFERRED", "REJECTED"})
  void aDecidedApplicationCannotBeWithdrawn(ApplicationStatus from) {
    assertTrue(from.isDecided());
    assertFalse(from.canMoveTo(WITHDRAWN));
  }

  @Test
  void aRefusedMoveNamesBothEnds() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> RECEIVED.checkMoveTo(APPROVED));

    assertEquals("programme.application.transitionRefused", refused.messageKey());
    assertArrayEquals(new Object[] {RECEIVED, APPROVED}, refused.arguments());
  }

  @Test
  void screeningCannotBeSkipped() {
    assertFalse(RECEIVED.canMoveTo(ELIGIBLE));
    assertFalse(SCREENING.canMoveTo(UNDER_REVIEW));
  }

  @Test
  void anIneligibleApplicationIsNeverReviewed() {
    assertFalse(INELIGIBLE.canMoveTo(UNDER_REVIEW));
    assertFalse(INELIGIBLE.canMoveTo(ELIGIBLE));
  }

  @ParameterizedTest
  @EnumSource(ApplicationStatus.class)
  void stayingPutIsNotAMove(ApplicationStatus status) {
    assertFalse(status.canMoveTo(status));
  }

  @Test
  void finalDecisionsAndWithdrawalLeadNowhere() {
    for (ApplicationStatus terminal :
        List.of(APPROVED, APPROVED_WITH_CONDITIONS, REJECTED, WITHDRAWN)) {
      for (ApplicationStatus next : ApplicationStatus.values()) {
        assertFalse(terminal.canMoveTo(next), terminal + " -> " + next);
      }
    }
  }

  @Test
  void exactlyTheDocumentedMovesAreAllowed() {
    Set<String> allowed = new HashSet<>();
    for (ApplicationStatus from : ApplicationStatus.values()) {
      for (ApplicationStatus to : ApplicationStatus.values()) {
        if (from.canMoveTo(to)) {
          allowed.add(from + ">" + to);
        }
      }
    }

    assertEquals(
        Set.of(
            "RECEIVED>SCREENING",
            "SCREENING>ELIGIBLE",
            "SCREENING>INELIGIBLE",
            "ELIGIBLE>UNDER_REVIEW",
            "UNDER_REVIEW>APPROVED",
            "UNDER_REVIEW>APPROVED_WITH_CONDITIONS",
            "UNDER_REVIEW>DEFERRED",
            "UNDER_REVIEW>REJECTED",
            "DEFERRED>UNDER_REVIEW",
            "RECEIVED>WITHDRAWN",
            "SCREENING>WITHDRAWN",
            "ELIGIBLE>WITHDRAWN",
            "INELIGIBLE>WITHDRAWN",
            "UNDER_REVIEW>WITHDRAWN"),
        allowed);
  }

  @Test
  void onlyTheCommitteesOutcomesCountAsDecided() {
    Set<ApplicationStatus> decided = EnumSet.noneOf(ApplicationStatus.class);
    for (ApplicationStatus status : ApplicationStatus.values()) {
      if (status.isDecided()) {
        decided.add(status);
      }
    }

    assertEquals(EnumSet.of(APPROVED, APPROVED_WITH_CONDITIONS, DEFERRED, REJECTED), decided);
  }
}
