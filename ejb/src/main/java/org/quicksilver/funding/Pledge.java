package org.quicksilver.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.audit.Labelled;
import org.quicksilver.reference.Organisation;

/**
 * A donor's pledge or signed agreement: an amount in a currency, for a fund and earmark, expected
 * by a date. Its USD value is fixed at the rate of the month it was made; its status is derived
 * from its receipts. The unpaid part can be written off, with a reason.
 */
@Entity
@Audited
@Table(name = "pledge")
public class Pledge implements Labelled {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "donor_id", updatable = false)
  private Organisation donor;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fund_id")
  private Fund fund;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "earmark_id")
  private Earmark earmark;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PledgeKind kind;

  @Column(nullable = false)
  private String reference;

  @Column(name = "pledged_on", nullable = false)
  private LocalDate pledgedOn;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Column(name = "expected_by", nullable = false)
  private LocalDate expectedBy;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "currency_code", nullable = false)
  private String currencyCode;

  @Column(name = "units_per_usd", nullable = false, precision = 19, scale = 8)
  private BigDecimal unitsPerUsd;

  @Column(name = "rate_source", nullable = false)
  private String rateSource;

  @Column(name = "usd_value", nullable = false, precision = 19, scale = 2)
  private BigDecimal usdValue;

  private String conditions;

  @Column(name = "written_off_on")
  private LocalDate writtenOffOn;

  @Column(name = "write_off_reason")
  private String writeOffReason;

  @Column(nullable = false)
  private boolean illustrative;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Version private long version;

  protected Pledge() {}

  /** The terms of a pledge as the donor's letter or agreement states them. */
  public record Terms(
      PledgeKind kind,
      String reference,
      LocalDate pledgedOn,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate expectedBy,
      String conditions) {}

  public Pledge(
      Organisation donor,
      Earmark earmark,
      Terms terms,
      BigDecimal exactAmount,
      String currencyCode,
      RateApplied rate,
      String recordedBy,
      Instant recordedAt) {
    if (exactAmount.signum() <= 0) {
      throw new InvalidInputException("funding.amount.positive");
    }
    if (terms.periodStart() != null
        && terms.periodEnd() != null
        && terms.periodEnd().isBefore(terms.periodStart())) {
      throw new InvalidInputException("funding.pledge.periodOrder");
    }
    if (terms.kind() == PledgeKind.CONDITIONAL_AGREEMENT
        && (terms.conditions() == null || terms.conditions().isBlank())) {
      throw new InvalidInputException("funding.pledge.conditionsRequired");
    }
    this.donor = donor;
    this.fund = earmark.getFund();
    this.earmark = earmark;
    this.kind = terms.kind();
    this.reference = terms.reference();
    this.pledgedOn = terms.pledgedOn();
    this.periodStart = terms.periodStart();
    this.periodEnd = terms.periodEnd();
    this.expectedBy = terms.expectedBy();
    this.conditions = terms.conditions();
    this.amount = exactAmount;
    this.currencyCode = currencyCode;
    this.unitsPerUsd = rate.unitsPerUsd();
    this.rateSource = rate.source();
    this.usdValue = UsdConversion.toUsd(exactAmount, rate.unitsPerUsd());
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt;
  }

  /** The donor will not pay the rest: kept, with the reason, and no longer outstanding. */
  public void writeOff(LocalDate on, String reason) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("funding.pledge.writeOffReasonRequired");
    }
    if (writtenOffOn != null) {
      throw new InvalidInputException("funding.pledge.alreadyWrittenOff");
    }
    this.writtenOffOn = on;
    this.writeOffReason = reason.trim();
  }

  public PledgeStatus status(BigDecimal received, LocalDate today) {
    return PledgeStatus.of(amount, received, expectedBy, writtenOffOn != null, today);
  }

  public void markIllustrative() {
    this.illustrative = true;
  }

  public Long getId() {
    return id;
  }

  public Organisation getDonor() {
    return donor;
  }

  public Earmark getEarmark() {
    return earmark;
  }

  public Fund getFund() {
    return fund;
  }

  public String getReference() {
    return reference;
  }

  public LocalDate getPledgedOn() {
    return pledgedOn;
  }

  public LocalDate getWrittenOffOn() {
    return writtenOffOn;
  }

  public PledgeKind getKind() {
    return kind;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrencyCode() {
    return currencyCode;
  }

  public BigDecimal getUsdValue() {
    return usdValue;
  }

  public LocalDate getExpectedBy() {
    return expectedBy;
  }

  public long getVersion() {
    return version;
  }

  @Override
  public String auditLabel() {
    return reference;
  }
}
