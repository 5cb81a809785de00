package org.quicksilver.projects.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * Percentages as reports print them: two decimals, rounded half-even so that rounding errors do not
 * all lean one way when many lines are added up.
 */
final class Percent {
  static final int DECIMALS = 2;
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  private Percent() {}

  /** {@code part} as a percentage of {@code whole}; the caller makes sure the whole is not zero. */
  static BigDecimal of(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, DECIMALS, RoundingMode.HALF_EVEN);
  }

  static BigDecimal of(long part, long whole) {
    return of(BigDecimal.valueOf(part), BigDecimal.valueOf(whole));
  }
}
