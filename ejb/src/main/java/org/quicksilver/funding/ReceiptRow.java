package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A receipt as lists and exports show it. */
public record ReceiptRow(
    Long id,
    LocalDate receivedOn,
    Long donorId,
    String donorName,
    String fundCode,
    String earmarkCode,
    BigDecimal amount,
    String currencyCode,
    BigDecimal unitsPerUsd,
    String rateSource,
    BigDecimal usdAmount,
    String bankReference,
    Long reversesId,
    String reversesBankReference,
    String reversalReason,
    String postedBy)
    implements Serializable {

  public boolean isReversal() {
    return reversesId != null;
  }
}
