package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.quicksilver.platform.InvalidInputException;

/**
 * Every SIP amount is in US dollars and cents: the trust fund keeps its books in USD. An amount
 * finer than a cent is refused rather than rounded, so nobody's budget changes silently.
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

  /** An amount that may be zero (a balance, a budget line) but never negative. */
  static BigDecimal notNegative(BigDecimal amount) {
    BigDecimal exact = exact(amount);
    if (exact.signum() < 0) {
      throw new InvalidInputException("programme.amount.negative", exact);
    }
    return exact;
  }

  /** An amount that must be above zero (requested, approved, a tranche). */
  static BigDecimal positive(BigDecimal amount) {
    BigDecimal exact = exact(amount);
    if (exact.signum() <= 0) {
      throw new InvalidInputException("programme.amount.notPositive", exact);
    }
    return exact;
  }
}
