package org.quicksilver.funding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicksilver.funding.Fixtures.NOW;
import static org.quicksilver.funding.Fixtures.earmark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicksilver.platform.InvalidInputException;

class ExpenseTest {
  private static final LocalDate ON = LocalDate.of(2018, 9, 15);

  private final Allocation allocation =
      new Allocation(
          earmark(),
          Allocation.Target.described("Regional consultation, Africa"),
          new BigDecimal("1000.00"),
          LocalDate.of(2018, 8, 1),
          Map.of(1L, new BigDecimal("1000.00")),
          "officer",
          NOW);

  private Expense spend(String unspent, String amount) {
    return new Expense(
        allocation,
        new BigDecimal(unspent),
        ON,
        new BigDecimal(amount),
        "Travel of delegates",
        "PO-42",
        "officer",
        NOW);
  }

  @Test
  void anExpenseWithinWhatTheAllocationStillHasIsRecordedInCents() {
    Expense expense = spend("1000.00", "250.5");

    assertEquals(new BigDecimal("250.50"), expense.getAmountUsd());
  }

  @Test
  void anExpenseOfExactlyWhatIsLeftIsAccepted() {
    assertEquals(new BigDecimal("400.00"), spend("400.00", "400.00").getAmountUsd());
  }

  @Test
  void anExpenseOfACentMoreThanIsLeftIsRefused() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> spend("400.00", "400.01"));

    assertEquals("funding.expense.exceedsAllocation", refused.messageKey());
    assertArrayEquals(new Object[] {new BigDecimal("400.00")}, refused.arguments());
  }

  @Test
  void onceAnAllocationIsSpentNoFurtherExpenseFits() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> spend("0.00", "0.01"));

    assertEquals("funding.expense.exceedsAllocation", refused.messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.00", "-0.01"})
  void anExpenseOfNothingOrLessIsRefused(String amount) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> spend("1000.00", amount));

    assertEquals("funding.amount.positive", refused.messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.004", "0.005", "12.345"})
  void anExpenseFinerThanACentIsRefusedRatherThanRounded(String amount) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> spend("1000.00", amount));

    assertEquals("reference.currency.tooManyDecimals", refused.messageKey());
  }

  @Test
  void anExpenseIsRecordedOnceAndNeverUpdated() {
    assertTrue(Expense.class.isAnnotationPresent(Immutable.class));
  }
}
