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
import java.time.Instant;
import java.time.LocalDate;
import org.quicksilver.funding.Allocation;
import org.quicksilver.platform.InvalidInputException;

/**
 * An approved application become a grant: its agreement, the amount approved, and the allocation in
 * the funding context that holds the money (tranches are paid as expenses against it, so the SIP
 * trust fund's balance falls and donor attribution follows).
 */
@Entity
@Table(name = "sip_grant")
public class Grant {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", updatable = false)
  private Application application;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "decision_id", updatable = false)
  private Decision decision;

  @Column(nullable = false, updatable = false)
  private String reference;

  @Column(name = "agreement_reference")
  private String agreementReference;

  @Column(name = "signed_on")
  private LocalDate signedOn;

  @Column(name = "approved_usd", nullable = false, precision = 19, scale = 2)
  private BigDecimal approvedUsd;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "allocation_id")
  private Allocation allocation;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(nullable = false)
  private boolean illustrative;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Version private long version;

  protected Grant() {}

  /** Only an approval becomes a grant, for the amount it approved. */
  public Grant(Decision decision, String reference, String by, Instant at) {
    if (!decision.getOutcome().grantsMoney()) {
      throw new InvalidInputException(
          "programme.grant.notApproved",
          decision.getApplication().getReference(),
          decision.getOutcome());
    }
    this.decision = decision;
    this.application = decision.getApplication();
    this.approvedUsd = decision.getApprovedUsd();
    this.reference = reference;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public void sign(String agreementReference, LocalDate signedOn) {
    checkOpen();
    if (agreementReference == null || agreementReference.isBlank()) {
      throw new InvalidInputException("programme.grant.agreementRequired");
    }
    this.agreementReference = agreementReference.strip();
    this.signedOn = signedOn;
  }

  /** The money is set aside once, when the grant is funded. */
  public void fundFrom(Allocation allocation) {
    if (this.allocation != null) {
      throw new InvalidInputException("programme.grant.alreadyFunded", reference);
    }
    this.allocation = allocation;
  }

  public void close(LocalDate on) {
    checkOpen();
    this.closedOn = on;
  }

  public void checkOpen() {
    if (closedOn != null) {
      throw new InvalidInputException("programme.grant.closed", reference);
    }
  }

  public void markIllustrative() {
    this.illustrative = true;
  }

  public Long getId() {
    return id;
  }

  public Application getApplication() {
    return application;
  }

  public Decision getDecision() {
    return decision;
  }

  public String getReference() {
    return reference;
  }

  public String getAgreementReference() {
    return agreementReference;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public BigDecimal getApprovedUsd() {
    return approvedUsd;
  }

  public Allocation getAllocation() {
    return allocation;
  }

  public LocalDate getClosedOn() {
    return closedOn;
  }

  public long getVersion() {
    return version;
  }
}
