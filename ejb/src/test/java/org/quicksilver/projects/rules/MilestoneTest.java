package org.quicksilver.projects.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class MilestoneTest {
  private static final LocalDate DUE = LocalDate.of(2019, 6, 30);
  private final Milestone inventory = Milestone.due("Mercury inventory drafted", DUE);

  @Test
  void anOpenMilestoneIsNotOverdueOnItsDueDate() {
    assertFalse(inventory.isOverdue(DUE.minusDays(1)));
    assertFalse(inventory.isOverdue(DUE));
    assertEquals(0, inventory.daysOverdue(DUE));
  }

  @Test
  void anOpenMilestoneIsOverdueFromTheDayAfter() {
    assertTrue(inventory.isOverdue(DUE.plusDays(1)));
    assertEquals(10, inventory.daysOverdue(DUE.plusDays(10)));
  }

  @Test
  void aCompletedMilestoneIsNeverOverdue() {
    Milestone done = inventory.complete(DUE.plusDays(5), DUE.plusDays(20));

    assertTrue(done.isCompleted());
    assertEquals(Optional.of(DUE.plusDays(5)), done.completedOn());
    assertFalse(done.isOverdue(DUE.plusDays(20)));
    assertEquals(0, done.daysOverdue(DUE.plusDays(20)));
  }

  @Test
  void completingLeavesTheOriginalOpen() {
    inventory.complete(DUE, DUE);

    assertFalse(inventory.isCompleted());
  }

  @Test
  void aLateCompletionIsRemembered() {
    assertTrue(inventory.complete(DUE.plusDays(1), DUE.plusDays(1)).wasCompletedLate());
    assertFalse(inventory.complete(DUE, DUE).wasCompletedLate());
    assertFalse(inventory.wasCompletedLate());
  }

  @Test
  void aCompletionCannotBeDatedAfterToday() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> inventory.complete(DUE.plusDays(1), DUE));

    assertEquals("projects.milestone.completedInFuture", refused.messageKey());
    assertArrayEquals(new Object[] {DUE.plusDays(1), DUE}, refused.arguments());
  }

  @Test
  void aMilestoneIsCompletedOnce() {
    Milestone done = inventory.complete(DUE, DUE);

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> done.complete(DUE, DUE));
    assertEquals("projects.milestone.alreadyCompleted", refused.messageKey());
    assertArrayEquals(new Object[] {"Mercury inventory drafted"}, refused.arguments());
  }

  @Test
  void aMilestoneHasATitle() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> Milestone.due(" ", DUE));

    assertEquals("projects.milestone.titleRequired", refused.messageKey());
  }
}
