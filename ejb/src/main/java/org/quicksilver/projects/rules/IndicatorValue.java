package org.quicksilver.projects.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A value an indicator reached, as measured on a day and reported for a period.
 *
 * @param period the reporting period's label, e.g. "2019" or "2019-H1"
 * @param measuredOn the day the value was measured; orders values within and across periods
 */
public record IndicatorValue(String period, LocalDate measuredOn, BigDecimal value) {
  public IndicatorValue {
    period = Text.required(period, "projects.indicator.periodRequired");
    Objects.requireNonNull(measuredOn, "measuredOn");
    Objects.requireNonNull(value, "value");
  }
}
