package org.quicksilver.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The one rounding rule for US dollar equivalents: each line is converted on its own at the UN
 * operational rate (units of the currency per US dollar) and rounded to the cent, half to even
 * (banker's rounding, as UN financial statements do). Totals are sums of rounded lines, so a total
 * always equals the sum of the lines it shows.
 */
public final class UsdConversion {
  public static final String USD = "USD";
  static final int CENTS = 2;

  private UsdConversion() {}

  public static BigDecimal toUsd(BigDecimal amount, BigDecimal unitsPerUsd) {
    if (unitsPerUsd.signum() <= 0) {
      throw new IllegalArgumentException("A rate is positive: " + unitsPerUsd);
    }
    return amount.divide(unitsPerUsd, CENTS, RoundingMode.HALF_EVEN);
  }

  public static BigDecimal cents(BigDecimal usd) {
    return usd.setScale(CENTS, RoundingMode.HALF_EVEN);
  }
}
