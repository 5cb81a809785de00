package org.quicksilver.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.quicksilver.funding.Expense;
import org.quicksilver.platform.InvalidInputException;

/**
 * One planned payment of a grant. It may wait for a condition (a report accepted); it is paid once,
 * as an expense against the grant's allocation.
 */
@Entity
@Table(name = "tranche")
public class Tranche {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", updatable = false)
  private Grant grant;

  @Column(name = "tranche_number", nullable = false, updatable = false)
  private int number;

  @Column(name = "amount_usd", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountUsd;

  @Column(name = "planned_on", nullable = false)
  private LocalDate plannedOn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "condition_report_id")
  private GrantReport condition;

  @Column(name = "paid_on")
  private LocalDate paidOn;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "expense_id")
  private Expense expense;

  @Version private long version;

  protected Tranche() {}

  public Tranche(
      Grant grant, int number, BigDecimal amountUsd, LocalDate plannedOn, GrantReport condition) {
    if (amountUsd.signum() <= 0) {
      throw new InvalidInputException("programme.amount.notPositive", amountUsd);
    }
    this.grant = grant;
    this.number = number;
    this.amountUsd = amountUsd;
    this.plannedOn = plannedOn;
    this.condition = condition;
  }

  /** Whether it may be paid now: no condition, or its report accepted. */
  public boolean isConditionMet() {
    return condition == null || condition.isAccepted();
  }

  /**
   * Checks the tranche may be paid: not already paid and its condition met. The ceiling (paid in
   * total never above the amount approved) is checked by the grant's service, which sees all
   * tranches.
   */
  public void checkPayable() {
    if (paidOn != null) {
      throw new InvalidInputException("programme.tranche.alreadyPaid", number);
    }
    if (!isConditionMet()) {
      throw new InvalidInputException(
          "programme.tranche.conditionNotMet", number, condition.getReference());
    }
  }

  public void paid(LocalDate on, Expense expense) {
    checkPayable();
    this.paidOn = on;
    this.expense = expense;
  }

  public Long getId() {
    return id;
  }

  public Grant getGrant() {
    return grant;
  }

  public int getNumber() {
    return number;
  }

  public BigDecimal getAmountUsd() {
    return amountUsd;
  }

  public LocalDate getPlannedOn() {
    return plannedOn;
  }

  public GrantReport getCondition() {
    return condition;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public boolean isPaid() {
    return paidOn != null;
  }

  public long getVersion() {
    return version;
  }
}
