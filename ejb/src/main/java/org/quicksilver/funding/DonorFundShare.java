package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;

/** One donor's money in one fund, in USD: received, attributed to allocations, and what is left. */
public record DonorFundShare(String fundCode, BigDecimal received, BigDecimal attributed)
    implements Serializable {

  public BigDecimal unallocated() {
    return received.subtract(attributed);
  }
}
