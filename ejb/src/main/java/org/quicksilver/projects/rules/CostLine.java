package org.quicksilver.projects.rules;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What an activity was budgeted and what it actually cost, in US dollars. An activity may have
 * several lines (travel, venue, interpretation); they add up under the activity.
 *
 * @param activity the activity's reference or title
 * @param output the logical-framework output it contributes to; absent for an activity that serves
 *     no output, such as project management
 * @param actual zero until expenses are recorded
 */
public record CostLine(
    String activity, Optional<String> output, BigDecimal budget, BigDecimal actual) {
  public CostLine {
    activity = Text.required(activity, "projects.budget.activityRequired");
    output = output.filter(code -> !Text.isBlank(code)).map(String::strip);
    budget = Usd.notNegative(budget);
    actual = Usd.notNegative(actual);
  }

  public BudgetVariance variance() {
    return new BudgetVariance(budget, actual);
  }
}
