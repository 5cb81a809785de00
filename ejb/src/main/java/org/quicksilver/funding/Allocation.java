package org.quicksilver.funding;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.audit.Labelled;

/**
 * USD set aside from a fund and earmark for something it pays for, with the donors whose money it
 * draws on (see {@link AttributionRule}). Later contexts name their grant, activity or event as the
 * target; until then the purpose says it in words.
 */
@Entity
@Audited
@Table(name = "allocation")
public class Allocation implements Labelled {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "fund_id", updatable = false)
  private Fund fund;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "earmark_id", updatable = false)
  private Earmark earmark;

  @Column(nullable = false)
  private String purpose;

  @Column(name = "target_kind")
  private String targetKind;

  @Column(name = "target_id")
  private Long targetId;

  @Column(name = "amount_usd", nullable = false, precision = 19, scale = 2, updatable = false)
  private BigDecimal amountUsd;

  @Column(name = "allocated_on", nullable = false)
  private LocalDate allocatedOn;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @ElementCollection
  @CollectionTable(name = "allocation_share", joinColumns = @JoinColumn(name = "allocation_id"))
  @MapKeyColumn(name = "donor_id")
  @Column(name = "amount_usd", precision = 19, scale = 2)
  private Map<Long, BigDecimal> shares = new HashMap<>();

  @Version private long version;

  protected Allocation() {}

  /** What an allocation pays for: words, and optionally the record of a later context. */
  public record Target(String purpose, String kind, Long id) {
    public static Target described(String purpose) {
      return new Target(purpose, null, null);
    }
  }

  public Allocation(
      Earmark earmark,
      Target target,
      BigDecimal amountUsd,
      LocalDate on,
      Map<Long, BigDecimal> shares,
      String by,
      Instant at) {
    if (amountUsd.signum() <= 0) {
      throw new InvalidInputException("funding.amount.positive");
    }
    BigDecimal shared = shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    if (shared.compareTo(amountUsd) != 0) {
      throw new IllegalArgumentException("Shares " + shared + " do not add up to " + amountUsd);
    }
    this.fund = earmark.getFund();
    this.earmark = earmark;
    this.purpose = target.purpose();
    this.targetKind = target.kind();
    this.targetId = target.id();
    this.amountUsd = UsdConversion.cents(amountUsd);
    this.allocatedOn = on;
    this.shares.putAll(shares);
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Long getId() {
    return id;
  }

  public Earmark getEarmark() {
    return earmark;
  }

  public BigDecimal getAmountUsd() {
    return amountUsd;
  }

  public Map<Long, BigDecimal> getShares() {
    return Map.copyOf(shares);
  }

  @Override
  public String auditLabel() {
    return purpose;
  }
}
