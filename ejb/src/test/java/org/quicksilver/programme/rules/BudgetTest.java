package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class BudgetTest {
  private final Budget budget =
      new Budget(
          List.of(
              new BudgetLine("Personnel", 2019, new BigDecimal("40000")),
              new BudgetLine("Workshops", 2019, new BigDecimal("25000.50")),
              new BudgetLine("Personnel", 2020, new BigDecimal("30000.25")),
              new BudgetLine("Travel", 2020, new BigDecimal("4999.25"))));

  @Test
  void theLinesAddUpToTheTotal() {
    assertEquals(new BigDecimal("100000.00"), budget.total());
  }

  @Test
  void aBudgetThatAddsUpToTheRequestIsAccepted() {
    assertDoesNotThrow(() -> budget.checkMatches(new BigDecimal("100000")));
  }

  @Test
  void aBudgetThatDoesNotAddUpIsRefusedShowingBothFigures() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> budget.checkMatches(new BigDecimal("100000.01")));

    assertEquals("programme.application.budgetMismatch", refused.messageKey());
    assertArrayEquals(
        new Object[] {new BigDecimal("100000.00"), new BigDecimal("100000.01")},
        refused.arguments());
  }

  @Test
  void anEmptyBudgetMatchesNothingRequested() {
    Budget empty = new Budget(List.of());

    assertEquals(new BigDecimal("0.00"), empty.total());
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> empty.checkMatches(BigDecimal.TEN));
    assertEquals("programme.application.budgetMismatch", refused.messageKey());
  }

  @Test
  void totalsAreGivenByYearInOrder() {
    assertEquals(
        Map.of(2019, new BigDecimal("65000.50"), 2020, new BigDecimal("34999.50")),
        budget.totalsByYear());
    assertEquals(List.of(2019, 2020), List.copyOf(budget.totalsByYear().keySet()));
  }

  @Test
  void totalsAreGivenByCategory() {
    assertEquals(
        Map.of(
            "Personnel", new BigDecimal("70000.25"),
            "Travel", new BigDecimal("4999.25"),
            "Workshops", new BigDecimal("25000.50")),
        budget.totalsByCategory());
  }

  @Test
  void aLineIsKeptInDollarsAndCents() {
    assertEquals(2, new BudgetLine("Travel", 2019, new BigDecimal("12.5")).usd().scale());
  }

  @Test
  void aLineFinerThanACentIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> new BudgetLine("Travel", 2019, new BigDecimal("12.345")));

    assertEquals("reference.currency.tooManyDecimals", refused.messageKey());
  }

  @Test
  void aNegativeLineIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> new BudgetLine("Travel", 2019, new BigDecimal("-1")));

    assertEquals("programme.amount.negative", refused.messageKey());
  }

  @Test
  void aLineHasACategory() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> new BudgetLine(" ", 2019, BigDecimal.ONE));

    assertEquals("programme.budget.categoryRequired", refused.messageKey());
  }
}
