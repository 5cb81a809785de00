package org.quicksilver.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import org.quicksilver.projects.rules.BudgetVariance;

/**
 * Budget against actual for an activity, an output or the project (see {@link
 * org.quicksilver.projects.rules.BudgetAgainstActual}); variance is budget minus actual.
 *
 * @param spentPercent null when nothing was budgeted
 */
public record SpendingLine(
    String key,
    String label,
    BigDecimal budget,
    BigDecimal actual,
    BigDecimal variance,
    BigDecimal spentPercent,
    boolean overBudget)
    implements Serializable {

  static SpendingLine of(String key, String label, BudgetVariance v) {
    return new SpendingLine(
        key,
        label,
        v.budget(),
        v.actual(),
        v.variance(),
        v.spentPercent().orElse(null),
        v.isOverBudget());
  }
}
