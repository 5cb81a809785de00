package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One line of a fund's ledger in USD: money in (a receipt or its reversal), money set aside (an
 * allocation) or money spent (an expense against an allocation).
 */
public record Movement(
    Kind kind,
    LocalDate on,
    Long id,
    String description,
    String party,
    String earmarkCode,
    BigDecimal receivedUsd,
    BigDecimal allocatedUsd,
    BigDecimal spentUsd)
    implements Serializable {

  /** What kind of line it is. */
  public enum Kind {
    RECEIPT,
    ALLOCATION,
    EXPENSE
  }
}
