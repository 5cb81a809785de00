package org.quicksilver.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A tranche of a grant: planned, waiting for its condition, or paid. */
public record TrancheRow(
    Long id,
    int number,
    BigDecimal amountUsd,
    LocalDate plannedOn,
    Long conditionReportId,
    String conditionReference,
    LocalDate conditionAcceptedOn,
    LocalDate paidOn,
    long version)
    implements Serializable {

  public boolean isPaid() {
    return paidOn != null;
  }

  public boolean isConditionMet() {
    return conditionReportId == null || conditionAcceptedOn != null;
  }
}
