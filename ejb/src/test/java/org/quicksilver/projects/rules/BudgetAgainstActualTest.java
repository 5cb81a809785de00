package org.quicksilver.projects.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class BudgetAgainstActualTest {
  private static CostLine line(String activity, String output, String budget, String actual) {
    return new CostLine(
        activity, Optional.ofNullable(output), new BigDecimal(budget), new BigDecimal(actual));
  }

  private static BudgetVariance variance(String budget, String actual) {
    return new BudgetVariance(new BigDecimal(budget), new BigDecimal(actual));
  }

  private final BudgetAgainstActual project =
      new BudgetAgainstActual(
          List.of(
              line("Lusaka workshop", "1.1", "60000", "48250.75"),
              line("Lusaka workshop", "1.1", "15000", "17800.00"),
              line("Bangkok workshop", "1.1", "55000", "61000.10"),
              line("Training kit", "1.2", "30000", "12000"),
              line("Project management", null, "20000", "19999.99")));

  @Test
  void linesOfAnActivityAddUp() {
    assertEquals(variance("75000", "66050.75"), project.byActivity().get("Lusaka workshop"));
    assertEquals(
        List.of("Lusaka workshop", "Bangkok workshop", "Training kit", "Project management"),
        List.copyOf(project.byActivity().keySet()));
  }

  @Test
  void activitiesAddUpPerOutputWithLinesOutsideOutputsApart() {
    assertEquals(
        Map.of("1.1", variance("130000", "127050.85"), "1.2", variance("30000", "12000")),
        project.byOutput());
    assertEquals(variance("20000", "19999.99"), project.withoutOutput());
  }

  @Test
  void theTotalIsTheSumOfTheLines() {
    assertEquals(variance("180000", "159050.84"), project.total());
    assertEquals(new BigDecimal("20949.16"), project.total().variance());
  }

  @Test
  void activitiesAndOutputsReconcileWithTheTotal() {
    BudgetVariance activities =
        project.byActivity().values().stream().reduce(BudgetVariance.NONE, BudgetVariance::plus);
    BudgetVariance outputs =
        project.byOutput().values().stream().reduce(project.withoutOutput(), BudgetVariance::plus);

    assertEquals(project.total(), activities);
    assertEquals(project.total(), outputs);
  }

  @Test
  void overBudgetActivitiesAreFlagged() {
    assertEquals(List.of("Bangkok workshop"), project.activitiesOverBudget());
    assertTrue(project.byActivity().get("Bangkok workshop").isOverBudget());
    assertFalse(project.byActivity().get("Lusaka workshop").isOverBudget());
  }

  @Test
  void anOutputIsOverBudgetOnlyIfItsActivitiesTogetherAre() {
    assertEquals(List.of(), project.outputsOverBudget());
    BudgetAgainstActual overspent =
        new BudgetAgainstActual(
            List.of(line("Pilot A", "2.1", "100", "150"), line("Pilot B", "2.1", "100", "40")));

    assertEquals(List.of("Pilot A"), overspent.activitiesOverBudget());
    assertEquals(List.of(), overspent.outputsOverBudget());
  }

  @Test
  void theVarianceIsBudgetMinusActualNegativeWhenOverspent() {
    BudgetVariance bangkok = project.byActivity().get("Bangkok workshop");

    assertEquals(new BigDecimal("-6000.10"), bangkok.variance());
    assertEquals(Optional.of(new BigDecimal("-10.91")), bangkok.variancePercent());
    assertEquals(Optional.of(new BigDecimal("110.91")), bangkok.spentPercent());
  }

  @Test
  void percentagesAreRoundedHalfEvenToTwoDecimals() {
    // 1/8 = 12.5%; 0.125% rounds to the even 0.12, 0.375% to 0.38
    assertEquals(Optional.of(new BigDecimal("0.12")), variance("800", "799").variancePercent());
    assertEquals(Optional.of(new BigDecimal("0.38")), variance("800", "797").variancePercent());
    assertEquals(Optional.of(new BigDecimal("33.33")), variance("3", "1").spentPercent());
  }

  @Test
  void exactlyOnBudgetIsNotOverBudget() {
    BudgetVariance onBudget = variance("5000", "5000");

    assertFalse(onBudget.isOverBudget());
    assertEquals(new BigDecimal("0.00"), onBudget.variance());
    assertEquals(Optional.of(new BigDecimal("0.00")), onBudget.variancePercent());
  }

  @Test
  void spendingWithoutABudgetIsOverBudgetWithoutAPercentage() {
    BudgetVariance unbudgeted = variance("0", "250");

    assertTrue(unbudgeted.isOverBudget());
    assertEquals(new BigDecimal("-250.00"), unbudgeted.variance());
    assertEquals(Optional.empty(), unbudgeted.variancePercent());
    assertEquals(Optional.empty(), unbudgeted.spentPercent());
  }

  @Test
  void noLinesMeanZeroTotals() {
    BudgetAgainstActual empty = new BudgetAgainstActual(List.of());

    assertEquals(BudgetVariance.NONE, empty.total());
    assertEquals(new BigDecimal("0.00"), empty.total().budget());
    assertTrue(empty.byActivity().isEmpty());
    assertEquals(List.of(), empty.activitiesOverBudget());
  }

  @Test
  void activityBudgetsMayNotExceedTheProjectBudget() {
    assertDoesNotThrow(() -> project.checkWithin(new BigDecimal("180000")));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> project.checkWithin(new BigDecimal("179999.99")));
    assertEquals("projects.budget.aboveProjectBudget", refused.messageKey());
    assertArrayEquals(
        new Object[] {new BigDecimal("180000.00"), new BigDecimal("179999.99")},
        refused.arguments());
  }

  @Test
  void amountsAreDollarsAndCentsNeverNegative() {
    assertEquals(2, line("A", null, "12.5", "0").budget().scale());
    assertEquals(
        "reference.currency.tooManyDecimals",
        assertThrows(InvalidInputException.class, () -> line("A", null, "12.345", "0"))
            .messageKey());
    InvalidInputException negative =
        assertThrows(InvalidInputException.class, () -> line("A", null, "10", "-1"));
    assertEquals("projects.amount.negative", negative.messageKey());
    assertArrayEquals(new Object[] {new BigDecimal("-1.00")}, negative.arguments());
  }

  @Test
  void aLineNamesItsActivityAndABlankOutputIsNone() {
    assertEquals(
        "projects.budget.activityRequired",
        assertThrows(InvalidInputException.class, () -> line(" ", "1.1", "1", "1")).messageKey());
    assertEquals(Optional.empty(), line("A", "  ", "1", "1").output());
  }

  @Test
  void theLinesCannotBeChangedFromOutside() {
    assertThrows(UnsupportedOperationException.class, () -> project.getLines().clear());
    assertThrows(UnsupportedOperationException.class, () -> project.byActivity().clear());
  }
}
