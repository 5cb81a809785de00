package org.quicksilver.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.audit.Labelled;
import org.quicksilver.reference.Organisation;

/**
 * Money a donor paid in: the original amount and currency, the rate applied and its source, the USD
 * equivalent and the bank reference. Posted once and never changed (Hibernate will not even issue
 * an update); a mistake is corrected by a reversal entry that cites it, with a reason.
 */
@Entity
@Audited
@Immutable
@Table(name = "receipt")
public class Receipt implements Labelled {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "receipt_seq")
  @SequenceGenerator(name = "receipt_seq", sequenceName = "receipt_seq", allocationSize = 50)
  private Long id;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "donor_id")
  private Organisation donor;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fund_id")
  private Fund fund;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "earmark_id")
  private Earmark earmark;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "pledge_id")
  private Pledge pledge;

  @Column(name = "received_on", nullable = false)
  private LocalDate receivedOn;

  @Column(nullable = false, precision = 19, scale = 4)
  private BigDecimal amount;

  @Column(name = "currency_code", nullable = false)
  private String currencyCode;

  @Column(name = "units_per_usd", nullable = false, precision = 19, scale = 8)
  private BigDecimal unitsPerUsd;

  @Column(name = "rate_source", nullable = false)
  private String rateSource;

  @Column(name = "rate_override_reason")
  private String rateOverrideReason;

  @Column(name = "usd_amount", nullable = false, precision = 19, scale = 2)
  private BigDecimal usdAmount;

  @Column(name = "bank_reference")
  private String bankReference;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "reverses_id")
  private Receipt reverses;

  @Column(name = "reversal_reason")
  private String reversalReason;

  @Column(nullable = false)
  private boolean illustrative;

  @Column(name = "posted_at", nullable = false)
  private Instant postedAt;

  @Column(name = "posted_by", nullable = false)
  private String postedBy;

  protected Receipt() {}

  /** Where the money went and what it was for. */
  public record Destination(Organisation donor, Earmark earmark, Pledge pledge) {}

  /** Posts money received. The amount must already be exact at the currency's minor units. */
  public static Receipt post(
      Destination to,
      LocalDate receivedOn,
      BigDecimal exactAmount,
      String currencyCode,
      RateApplied rate,
      String bankReference,
      String postedBy,
      Instant postedAt) {
    if (exactAmount.signum() <= 0) {
      throw new InvalidInputException("funding.amount.positive");
    }
    Pledge pledge = to.pledge();
    if (pledge != null) {
      if (!pledge.getDonor().getId().equals(to.donor().getId())) {
        throw new InvalidInputException("funding.receipt.pledgeOfAnotherDonor");
      }
      if (!pledge.getCurrencyCode().equals(currencyCode)) {
        throw new InvalidInputException("funding.receipt.pledgeCurrency", pledge.getCurrencyCode());
      }
    }
    var receipt = new Receipt();
    receipt.donor = to.donor();
    receipt.fund = to.earmark().getFund();
    receipt.earmark = to.earmark();
    receipt.pledge = pledge;
    receipt.receivedOn = receivedOn;
    receipt.amount = exactAmount;
    receipt.currencyCode = currencyCode;
    receipt.unitsPerUsd = rate.unitsPerUsd();
    receipt.rateSource = rate.source();
    receipt.rateOverrideReason = rate.overrideReason();
    receipt.usdAmount = UsdConversion.toUsd(exactAmount, rate.unitsPerUsd());
    receipt.bankReference =
        bankReference == null || bankReference.isBlank() ? null : bankReference.trim();
    receipt.postedBy = postedBy;
    receipt.postedAt = postedAt;
    return receipt;
  }

  /**
   * The entry that cancels this one: the same amounts negated, at the same rate, so that the pair
   * adds up to exactly nothing in the currency and in USD.
   */
  public Receipt reversal(String reason, LocalDate on, String by, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("funding.receipt.reversalReasonRequired");
    }
    if (isReversal()) {
      throw new InvalidInputException("funding.receipt.cannotReverseAReversal");
    }
    var reversal = new Receipt();
    reversal.donor = donor;
    reversal.fund = fund;
    reversal.earmark = earmark;
    reversal.pledge = pledge;
    reversal.receivedOn = on;
    reversal.amount = amount.negate();
    reversal.currencyCode = currencyCode;
    reversal.unitsPerUsd = unitsPerUsd;
    reversal.rateSource = rateSource;
    reversal.rateOverrideReason = rateOverrideReason;
    reversal.usdAmount = usdAmount.negate();
    reversal.reverses = this;
    reversal.reversalReason = reason.trim();
    reversal.illustrative = illustrative;
    reversal.postedBy = by;
    reversal.postedAt = at;
    return reversal;
  }

  public void markIllustrative() {
    this.illustrative = true;
  }

  public boolean isReversal() {
    return reverses != null;
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

  public Pledge getPledge() {
    return pledge;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrencyCode() {
    return currencyCode;
  }

  public BigDecimal getUnitsPerUsd() {
    return unitsPerUsd;
  }

  public String getRateSource() {
    return rateSource;
  }

  public String getRateOverrideReason() {
    return rateOverrideReason;
  }

  public BigDecimal getUsdAmount() {
    return usdAmount;
  }

  public String getBankReference() {
    return bankReference;
  }

  public Receipt getReverses() {
    return reverses;
  }

  public String getReversalReason() {
    return reversalReason;
  }

  @Override
  public String auditLabel() {
    return bankReference == null ? "#" + id : bankReference;
  }
}
