package org.quicksilver.projects.rules;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * A budget set against what was actually spent. The variance is budget minus actual, as UN
 * financial statements show it: positive is money left, negative an overspend.
 */
public record BudgetVariance(BigDecimal budget, BigDecimal actual) {
  public static final BudgetVariance NONE = new BudgetVariance(Usd.ZERO, Usd.ZERO);

  public BudgetVariance {
    budget = Usd.notNegative(budget);
    actual = Usd.notNegative(actual);
  }

  public BigDecimal variance() {
    return budget.subtract(actual);
  }

  public boolean isOverBudget() {
    return actual.compareTo(budget) > 0;
  }

  /**
   * The variance as a percentage of the budget; empty when nothing was budgeted, since any spending
   * against a zero budget has no meaningful percentage (it is still flagged over budget).
   */
  public Optional<BigDecimal> variancePercent() {
    return budget.signum() == 0 ? Optional.empty() : Optional.of(Percent.of(variance(), budget));
  }

  /** How much of the budget is spent, in percent; above 100 when over budget. */
  public Optional<BigDecimal> spentPercent() {
    return budget.signum() == 0 ? Optional.empty() : Optional.of(Percent.of(actual, budget));
  }

  public BudgetVariance plus(BudgetVariance other) {
    return new BudgetVariance(budget.add(other.budget), actual.add(other.actual));
  }
}
