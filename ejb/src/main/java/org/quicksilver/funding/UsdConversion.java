package org.quicksilver.funding;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.quicksilver.platform.InvalidInputException;

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

  /**
   * A dollar amount typed by a person, which must already be in cents: 0.004 is refused rather than
   * silently becoming nothing.
   */
  public static BigDecimal exactCents(BigDecimal usd) {
    if (usd.stripTrailingZeros().scale() > CENTS) {
      throw new InvalidInputException("reference.currency.tooManyDecimals", USD, CENTS);
    }
    return cents(usd);
  }

  public static BigDecimal cents(BigDecimal usd) {
    return usd.setScale(CENTS, RoundingMode.HALF_EVEN);
  }
}
