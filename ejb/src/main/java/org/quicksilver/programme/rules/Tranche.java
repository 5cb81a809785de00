package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * One disbursement of a grant. A tranche may wait for a report to be accepted (typically the
 * progress report on what the previous tranche paid for); the first usually waits for nothing.
 */
public final class Tranche {
  private final int number;
  private final BigDecimal amount;
  private final Optional<GrantReport> releasedBy;
  private LocalDate paidOn;

  Tranche(int number, BigDecimal amount, Optional<GrantReport> releasedBy) {
    this.number = number;
    this.amount = amount;
    this.releasedBy = releasedBy;
  }

  public boolean isConditionMet() {
    return releasedBy.map(GrantReport::isAccepted).orElse(true);
  }

  void markPaid(LocalDate on) {
    paidOn = on;
  }

  public boolean isPaid() {
    return paidOn != null;
  }

  public int getNumber() {
    return number;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public Optional<GrantReport> getReleasedBy() {
    return releasedBy;
  }

  public Optional<LocalDate> getPaidOn() {
    return Optional.ofNullable(paidOn);
  }
}
