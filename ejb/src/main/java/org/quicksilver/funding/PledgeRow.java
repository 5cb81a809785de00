package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A pledge as lists show it, with what its receipts add up to; its status and outstanding amount
 * are derived here, for the date the list was asked for.
 */
public record PledgeRow(
    Long id,
    Long donorId,
    String donorName,
    String fundCode,
    String earmarkCode,
    PledgeKind kind,
    String reference,
    LocalDate pledgedOn,
    LocalDate expectedBy,
    BigDecimal amount,
    String currencyCode,
    BigDecimal usdValue,
    LocalDate writtenOffOn,
    BigDecimal received,
    BigDecimal receivedUsd,
    long version)
    implements Serializable {

  public PledgeStatus status(LocalDate today) {
    return PledgeStatus.of(amount, received, expectedBy, writtenOffOn != null, today);
  }

  /** What is still to come, in the pledge's currency: nothing once paid or written off. */
  public BigDecimal outstanding() {
    if (writtenOffOn != null || received.compareTo(amount) >= 0) {
      return BigDecimal.ZERO;
    }
    return amount.subtract(received);
  }

  /**
   * Between what the pledge was worth in USD when made and what its receipts brought in USD, for a
   * pledge paid in full: positive is a gain, negative a loss.
   */
  public BigDecimal exchangeDifference() {
    return received.compareTo(amount) >= 0 ? receivedUsd.subtract(usdValue) : BigDecimal.ZERO;
  }
}
