package org.quicksilver.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.quicksilver.platform.InvalidInputException;

/** Money spent against an allocation. Recorded once; never changed. */
@Entity
@Audited
@Immutable
@Table(name = "expense")
public class Expense {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "allocation_id")
  private Allocation allocation;

  @Column(name = "spent_on", nullable = false)
  private LocalDate spentOn;

  @Column(name = "amount_usd", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountUsd;

  @Column(nullable = false)
  private String description;

  private String reference;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  protected Expense() {}

  /**
   * @param unspent what the allocation still has: an expense can never exceed it
   */
  public Expense(
      Allocation allocation,
      BigDecimal unspent,
      LocalDate spentOn,
      BigDecimal amountUsd,
      String description,
      String reference,
      String by,
      Instant at) {
    amountUsd = UsdConversion.exactCents(amountUsd);
    if (amountUsd.signum() <= 0) {
      throw new InvalidInputException("funding.amount.positive");
    }
    if (amountUsd.compareTo(unspent) > 0) {
      throw new InvalidInputException("funding.expense.exceedsAllocation", unspent);
    }
    this.allocation = allocation;
    this.spentOn = spentOn;
    this.amountUsd = amountUsd;
    this.description = description;
    this.reference = reference;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Long getId() {
    return id;
  }

  public BigDecimal getAmountUsd() {
    return amountUsd;
  }
}
