package org.quicksilver.funding;

/** Where a pledge stands; always derived from its receipts and dates, never typed in. */
public enum PledgeStatus {
  PLEDGED,
  PARTLY_PAID,
  PAID,
  OVERDUE,
  WRITTEN_OFF;

  /**
   * @param amount what was pledged, in the pledge's currency
   * @param received what its receipts add up to (reversals included), in the same currency
   * @param expectedBy when the money was expected
   * @param writtenOff whether the unpaid part was written off
   * @param today the date the status is for
   */
  public static PledgeStatus of(
      java.math.BigDecimal amount,
      java.math.BigDecimal received,
      java.time.LocalDate expectedBy,
      boolean writtenOff,
      java.time.LocalDate today) {
    if (received.compareTo(amount) >= 0) {
      return PAID;
    }
    if (writtenOff) {
      return WRITTEN_OFF;
    }
    if (today.isAfter(expectedBy)) {
      return OVERDUE;
    }
    return received.signum() > 0 ? PARTLY_PAID : PLEDGED;
  }
}
