package org.quicksilver.projects.rules;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quicksilver.platform.InvalidInputException;

/**
 * A project's spending against its budget, per activity, per output and in total. Every figure is a
 * sum of the same lines, so the activities, and the outputs with what serves no output, each add up
 * to the total to the cent: the report's tables reconcile.
 */
public final class BudgetAgainstActual {
  private final List<CostLine> lines;
  private final Map<String, BudgetVariance> byActivity = new LinkedHashMap<>();
  private final SortedMap<String, BudgetVariance> byOutput = new TreeMap<>();
  private BudgetVariance withoutOutput = BudgetVariance.NONE;
  private BudgetVariance total = BudgetVariance.NONE;

  public BudgetAgainstActual(List<CostLine> lines) {
    this.lines = List.copyOf(lines);
    for (CostLine line : this.lines) {
      BudgetVariance variance = line.variance();
      byActivity.merge(line.activity(), variance, BudgetVariance::plus);
      line.output()
          .ifPresentOrElse(
              output -> byOutput.merge(output, variance, BudgetVariance::plus),
              () -> withoutOutput = withoutOutput.plus(variance));
      total = total.plus(variance);
    }
  }

  /** Activities in the order their first line came. */
  public Map<String, BudgetVariance> byActivity() {
    return Collections.unmodifiableMap(byActivity);
  }

  public SortedMap<String, BudgetVariance> byOutput() {
    return Collections.unmodifiableSortedMap(byOutput);
  }

  /** Lines that serve no output, kept apart so the outputs still add up to the total. */
  public BudgetVariance withoutOutput() {
    return withoutOutput;
  }

  public BudgetVariance total() {
    return total;
  }

  public List<String> activitiesOverBudget() {
    return overBudget(byActivity);
  }

  public List<String> outputsOverBudget() {
    return overBudget(byOutput);
  }

  /**
   * Refuses activity budgets that together exceed the project's budget: the donor agreement caps
   * what can be planned, whatever each activity costs in the end.
   */
  public void checkWithin(BigDecimal projectBudget) {
    BigDecimal cap = Usd.notNegative(projectBudget);
    if (total.budget().compareTo(cap) > 0) {
      throw new InvalidInputException("projects.budget.aboveProjectBudget", total.budget(), cap);
    }
  }

  public List<CostLine> getLines() {
    return lines;
  }

  private static List<String> overBudget(Map<String, BudgetVariance> variances) {
    return variances.entrySet().stream()
        .filter(entry -> entry.getValue().isOverBudget())
        .map(Map.Entry::getKey)
        .toList();
  }
}
