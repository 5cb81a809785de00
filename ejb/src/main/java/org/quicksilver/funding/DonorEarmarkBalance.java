package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;

/** A donor's money in one fund and earmark, in USD. */
public record DonorEarmarkBalance(
    Long fundId,
    String fundCode,
    Long earmarkId,
    String earmarkCode,
    BigDecimal received,
    BigDecimal attributed)
    implements Serializable {

  public BigDecimal unallocated() {
    return received.subtract(attributed);
  }
}
