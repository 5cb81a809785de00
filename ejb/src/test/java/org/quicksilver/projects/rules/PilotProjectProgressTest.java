package org.quicksilver.projects.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicksilver.platform.InvalidInputException;

class PilotProjectProgressTest {
  private static final LocalDate INVENTORY_DUE = LocalDate.of(2019, 3, 31);
  private static final LocalDate PLAN_DUE = LocalDate.of(2019, 9, 30);

  private final PilotProjectProgress pilot = new PilotProjectProgress("EU-PILOT-BJ");

  PilotProjectProgressTest() {
    pilot.planMilestone("Mercury inventory", INVENTORY_DUE);
    pilot.planMilestone("National action plan drafted", PLAN_DUE);
  }

  private static InvalidInputException refused(String messageKey, Executable action) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, action);
    assertEquals(messageKey, refused.messageKey());
    return refused;
  }

  private void completeAll() {
    pilot.completeMilestone("Mercury inventory", INVENTORY_DUE, INVENTORY_DUE);
    pilot.completeMilestone("National action plan drafted", PLAN_DUE, PLAN_DUE);
  }

  @Test
  void aPilotStartsNotStarted() {
    assertEquals(PilotProjectStatus.NOT_STARTED, pilot.getStatus());
    assertEquals(2, pilot.openMilestones().size());
  }

  @Test
  void aPilotWithEveryMilestoneCompletedIsCompleted() {
    pilot.start();
    completeAll();

    pilot.complete();

    assertEquals(PilotProjectStatus.COMPLETED, pilot.getStatus());
  }

  @Test
  void aPilotWithAnOpenMilestoneIsNotCompleted() {
    pilot.start();
    pilot.completeMilestone("Mercury inventory", INVENTORY_DUE, INVENTORY_DUE);

    InvalidInputException refused = refused("projects.pilot.milestonesOpen", pilot::complete);

    assertArrayEquals(
        new Object[] {"EU-PILOT-BJ", 1, "National action plan drafted"}, refused.arguments());
    assertEquals(PilotProjectStatus.ONGOING, pilot.getStatus());
  }

  @Test
  void aPilotNotStartedCannotBeCompleted() {
    completeAll();

    InvalidInputException refused = refused("projects.pilot.transitionRefused", pilot::complete);
    assertArrayEquals(
        new Object[] {PilotProjectStatus.NOT_STARTED, PilotProjectStatus.COMPLETED},
        refused.arguments());
  }

  @Test
  void overdueMilestonesAreFlagged() {
    pilot.start();
    LocalDate today = INVENTORY_DUE.plusDays(1);

    assertEquals(List.of("Mercury inventory"), titles(pilot.overdueMilestones(today)));
    assertTrue(pilot.hasOverdueMilestones(today));
    assertFalse(pilot.hasOverdueMilestones(INVENTORY_DUE));
  }

  @Test
  void aCompletedMilestoneIsNoLongerOverdue() {
    pilot.start();
    LocalDate today = INVENTORY_DUE.plusDays(15);

    pilot.completeMilestone("Mercury inventory", INVENTORY_DUE.plusDays(10), today);

    assertEquals(List.of(), pilot.overdueMilestones(today));
    assertTrue(pilot.getMilestones().get(0).wasCompletedLate());
  }

  private static List<String> titles(List<Milestone> milestones) {
    return milestones.stream().map(Milestone::title).toList();
  }

  @Test
  void theShareOfCompletedMilestonesIsInPercent() {
    assertEquals(Optional.of(new BigDecimal("0.00")), pilot.completedShare());
    pilot.completeMilestone("Mercury inventory", INVENTORY_DUE, INVENTORY_DUE);
    assertEquals(Optional.of(new BigDecimal("50.00")), pilot.completedShare());
    assertEquals(Optional.empty(), new PilotProjectProgress("EU-PILOT-LS").completedShare());
  }

  @Test
  void milestoneTitlesDifferWithinAPilot() {
    InvalidInputException refused =
        refused(
            "projects.milestone.duplicate",
            () -> pilot.planMilestone(" Mercury inventory ", PLAN_DUE));
    assertArrayEquals(new Object[] {"Mercury inventory"}, refused.arguments());
  }

  @Test
  void anUnknownMilestoneCannotBeCompleted() {
    InvalidInputException refused =
        refused(
            "projects.milestone.unknown",
            () -> pilot.completeMilestone("Stakeholder workshop", PLAN_DUE, PLAN_DUE));
    assertArrayEquals(new Object[] {"EU-PILOT-BJ", "Stakeholder workshop"}, refused.arguments());
  }

  @Test
  void suspendingNeedsAReasonAndResumingClearsIt() {
    pilot.start();

    refused("projects.pilot.reasonRequired", () -> pilot.suspend(""));
    pilot.suspend("Implementing partner restructured");
    assertEquals(PilotProjectStatus.SUSPENDED, pilot.getStatus());
    assertEquals(Optional.of("Implementing partner restructured"), pilot.getReason());

    pilot.resume();
    assertEquals(PilotProjectStatus.ONGOING, pilot.getStatus());
    assertEquals(Optional.empty(), pilot.getReason());
  }

  @Test
  void aSuspendedPilotIsResumedNotStarted() {
    pilot.start();
    pilot.suspend("Elections");

    refused("projects.pilot.transitionRefused", pilot::start);
  }

  @Test
  void onlyASuspendedPilotIsResumed() {
    refused("projects.pilot.transitionRefused", pilot::resume);
    pilot.start();
    refused("projects.pilot.transitionRefused", pilot::resume);
  }

  @Test
  void cancellingNeedsAReason() {
    refused("projects.pilot.reasonRequired", () -> pilot.cancel(null));

    pilot.cancel("Host country withdrew");

    assertEquals(PilotProjectStatus.CANCELLED, pilot.getStatus());
  }

  @Test
  void aFinishedPilotsMilestonesNoLongerChange() {
    pilot.cancel("Host country withdrew");

    InvalidInputException refused =
        refused("projects.pilot.final", () -> pilot.planMilestone("Extra", PLAN_DUE));
    assertArrayEquals(
        new Object[] {"EU-PILOT-BJ", PilotProjectStatus.CANCELLED}, refused.arguments());
    refused(
        "projects.pilot.final",
        () -> pilot.completeMilestone("Mercury inventory", INVENTORY_DUE, INVENTORY_DUE));
  }

  @Test
  void aPilotHasAReference() {
    refused("projects.pilot.referenceRequired", () -> new PilotProjectProgress(" "));
  }

  @Test
  void theMilestonesCannotBeChangedFromOutside() {
    assertThrows(UnsupportedOperationException.class, () -> pilot.getMilestones().clear());
  }
}
