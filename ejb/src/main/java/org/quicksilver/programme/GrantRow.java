package org.quicksilver.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A grant as lists show it, with what has been paid. */
public record GrantRow(
    Long id,
    String reference,
    String applicationReference,
    String countryName,
    String title,
    BigDecimal approvedUsd,
    BigDecimal paidUsd,
    LocalDate signedOn,
    LocalDate closedOn,
    long version)
    implements Serializable {

  public BigDecimal unpaidUsd() {
    return approvedUsd.subtract(paidUsd);
  }

  public boolean isClosed() {
    return closedOn != null;
  }
}
