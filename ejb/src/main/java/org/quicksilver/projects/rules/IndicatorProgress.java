package org.quicksilver.projects.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * An indicator of the logical framework moving from its baseline towards its target. Progress is
 * the share of the way covered: (value − baseline) / (target − baseline), in percent. The formula
 * holds for an indicator meant to fall (fewer mercury-added products on the market) as for one
 * meant to rise. It is not capped: above 100 the target is exceeded, below zero things got worse
 * than the baseline. A target equal to the baseline means holding the level: progress is then 100
 * when the value is at the target and zero otherwise.
 */
public final class IndicatorProgress {
  /** Which way the indicator should move, read from its baseline and target. */
  public enum Direction {
    INCREASE,
    DECREASE,
    MAINTAIN
  }

  private static final BigDecimal FULL = new BigDecimal("100.00");
  private static final BigDecimal NONE = new BigDecimal("0.00");

  private final String indicator;
  private final BigDecimal baseline;
  private final BigDecimal target;
  private final List<IndicatorValue> values = new ArrayList<>();

  public IndicatorProgress(String indicator, BigDecimal baseline, BigDecimal target) {
    this.indicator = Text.required(indicator, "projects.indicator.nameRequired");
    this.baseline = Objects.requireNonNull(baseline, "baseline");
    this.target = Objects.requireNonNull(target, "target");
  }

  public void record(IndicatorValue value) {
    values.add(Objects.requireNonNull(value, "value"));
  }

  public Direction direction() {
    int sign = target.compareTo(baseline);
    return sign > 0 ? Direction.INCREASE : sign < 0 ? Direction.DECREASE : Direction.MAINTAIN;
  }

  /** How far {@code value} is along the way from baseline to target, in percent. */
  public BigDecimal progressOf(BigDecimal value) {
    if (direction() == Direction.MAINTAIN) {
      return value.compareTo(target) == 0 ? FULL : NONE;
    }
    return Percent.of(value.subtract(baseline), target.subtract(baseline));
  }

  /** Whether {@code value} is at the target or beyond it, in the direction the indicator moves. */
  public boolean meetsTarget(BigDecimal value) {
    return switch (direction()) {
      case INCREASE -> value.compareTo(target) >= 0;
      case DECREASE -> value.compareTo(target) <= 0;
      case MAINTAIN -> value.compareTo(target) == 0;
    };
  }

  /**
   * The value measured last, whatever its period. Of two values measured the same day, the one
   * recorded later wins: it is taken as a correction.
   */
  public Optional<IndicatorValue> latest() {
    return values.stream().reduce(IndicatorProgress::laterOf);
  }

  /** Each period's latest value, periods in the order of their latest measurement. */
  public Map<String, IndicatorValue> latestPerPeriod() {
    Map<String, IndicatorValue> latest = new LinkedHashMap<>();
    for (IndicatorValue value : values) {
      latest.merge(value.period(), value, IndicatorProgress::laterOf);
    }
    List<IndicatorValue> ordered = new ArrayList<>(latest.values());
    ordered.sort(Comparator.comparing(IndicatorValue::measuredOn));
    Map<String, IndicatorValue> chronological = new LinkedHashMap<>();
    ordered.forEach(value -> chronological.put(value.period(), value));
    return Collections.unmodifiableMap(chronological);
  }

  /** Progress of the latest value; empty until a value is recorded. */
  public Optional<BigDecimal> progress() {
    return latest().map(value -> progressOf(value.value()));
  }

  public Optional<BigDecimal> progressIn(String period) {
    return Optional.ofNullable(latestPerPeriod().get(period))
        .map(value -> progressOf(value.value()));
  }

  public boolean isTargetMet() {
    return latest().filter(value -> meetsTarget(value.value())).isPresent();
  }

  private static IndicatorValue laterOf(IndicatorValue recorded, IndicatorValue recordedAfter) {
    return recordedAfter.measuredOn().isBefore(recorded.measuredOn()) ? recorded : recordedAfter;
  }

  public String getIndicator() {
    return indicator;
  }

  public BigDecimal getBaseline() {
    return baseline;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public List<IndicatorValue> getValues() {
    return List.copyOf(values);
  }
}
