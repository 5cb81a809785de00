package org.quicksilver.projects.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.quicksilver.platform.InvalidInputException;

/**
 * Budgets and costs of capacity building are kept in US dollars and cents, like the funds that pay
 * for them. An amount finer than a cent is refused rather than rounded, so no cost changes
 * silently.
 */
final class Usd {
  static final int CENTS = 2;
  static final BigDecimal ZERO = BigDecimal.ZERO.setScale(CENTS);

  private Usd() {}

  static BigDecimal exact(BigDecimal amount) {
    try {
      return amount.setScale(CENTS, RoundingMode.UNNECESSARY);
    } catch (ArithmeticException tooFine) {
      throw new InvalidInputException("reference.currency.tooManyDecimals", "USD", CENTS);
    }
  }

  /** A budget or a cost may be zero (nothing spent yet) but never negative. */
  static BigDecimal notNegative(BigDecimal amount) {
    BigDecimal exact = exact(amount);
    if (exact.signum() < 0) {
      throw new InvalidInputException("projects.amount.negative", exact);
    }
    return exact;
  }
}
