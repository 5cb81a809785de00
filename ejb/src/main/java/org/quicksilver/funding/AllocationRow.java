package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** An allocation as the list shows it, with what has been spent against it. */
public record AllocationRow(
    Long id,
    LocalDate allocatedOn,
    String fundCode,
    String earmarkCode,
    String purpose,
    BigDecimal amountUsd,
    BigDecimal spentUsd)
    implements Serializable {

  public BigDecimal unspentUsd() {
    return amountUsd.subtract(spentUsd);
  }
}
