package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;

/**
 * One donor's money in USD: pledged (at the pledges' rates), received, and attributed to
 * allocations (its share of each, see {@link AttributionRule}); what is left is received minus
 * attributed.
 */
public record DonorBalance(
    Long donorId, String donorName, BigDecimal pledged, BigDecimal received, BigDecimal attributed)
    implements Serializable {

  public DonorBalance {
    pledged = orZero(pledged);
    received = orZero(received);
    attributed = orZero(attributed);
  }

  /** The donor's money received and not yet allocated to anything. */
  public BigDecimal unallocated() {
    return received.subtract(attributed);
  }

  private static BigDecimal orZero(BigDecimal sum) {
    return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
  }
}
