package org.quicksilver.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.projects.rules.PilotProjectStatus;

/** A stored pilot replays its milestones and status into the rule before every change. */
class PilotProjectEntityTest {
  private static final LocalDate TODAY = LocalDate.of(2019, 6, 1);

  private final PilotProject pilot =
      new PilotProject(null, null, null, "Mercury inventory, Armenia", new BigDecimal("80000"));

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(InvalidInputException.class, action).messageKey());
  }

  @Test
  void aPilotCompletesOnlyOnceEveryMilestoneIsAndThenNoLongerChanges() {
    PilotMilestone inception = pilot.planMilestone("Inception workshop", LocalDate.of(2019, 1, 31));
    refused(
        "projects.milestone.duplicate",
        () -> pilot.planMilestone("Inception workshop", LocalDate.of(2019, 3, 1)));
    pilot.start();
    refused("projects.pilot.milestonesOpen", pilot::complete);
    refused(
        "projects.milestone.completedInFuture",
        () -> pilot.completeMilestone(inception, TODAY.plusDays(1), TODAY));
    pilot.completeMilestone(inception, LocalDate.of(2019, 2, 10), TODAY);
    assertEquals(LocalDate.of(2019, 2, 10), inception.getCompletedOn());
    refused(
        "projects.milestone.alreadyCompleted",
        () -> pilot.completeMilestone(inception, TODAY, TODAY));
    pilot.complete();
    assertEquals(PilotProjectStatus.COMPLETED, pilot.getStatus());
    refused(
        "projects.pilot.final", () -> pilot.planMilestone("Follow-up", LocalDate.of(2019, 9, 1)));
  }

  @Test
  void suspendingNeedsAReasonAndResumingComesOnlyAfterIt() {
    refused("projects.pilot.transitionRefused", pilot::resume);
    pilot.start();
    refused("projects.pilot.reasonRequired", () -> pilot.suspend(""));
    pilot.suspend("Change of government");
    assertEquals(PilotProjectStatus.SUSPENDED, pilot.getStatus());
    pilot.resume();
    pilot.cancel("Partner withdrew");
    assertEquals(PilotProjectStatus.CANCELLED, pilot.getStatus());
  }
}
