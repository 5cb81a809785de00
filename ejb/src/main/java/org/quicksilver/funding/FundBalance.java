package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;

/** One fund and earmark's money in USD: received, allocated, spent, and what follows from them. */
public record FundBalance(
    Long fundId,
    String fundCode,
    Long earmarkId,
    String earmarkCode,
    BigDecimal received,
    BigDecimal allocated,
    BigDecimal spent)
    implements Serializable {

  /** What can still be allocated. */
  public BigDecimal available() {
    return received.subtract(allocated);
  }

  /** What is allocated but not yet spent. */
  public BigDecimal unspent() {
    return allocated.subtract(spent);
  }
}
