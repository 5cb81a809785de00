package org.quicksilver.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * An indicator against its target: the latest value and its progress from the baseline (see {@link
 * org.quicksilver.projects.rules.IndicatorProgress}), and each period's latest value.
 *
 * @param progressPercent null until a value is recorded
 */
public record IndicatorLine(
    Long id,
    String name,
    String unit,
    BigDecimal baseline,
    BigDecimal target,
    BigDecimal latestValue,
    String latestPeriod,
    BigDecimal progressPercent,
    boolean targetMet,
    List<Reading> periods)
    implements Serializable {

  /** A period's latest value. */
  public record Reading(String period, LocalDate measuredOn, BigDecimal amount, BigDecimal progress)
      implements Serializable {}
}
