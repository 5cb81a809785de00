package org.quicksilver.programme;

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
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.programme.rules.Outcome;
import org.quicksilver.programme.rules.Ruling;

/**
 * The committee's decision on an application at a meeting, with its written reasons. The amount
 * approved never exceeds the amount requested. A decision of a closed meeting is never changed: a
 * later meeting supersedes it with a new decision that cites it.
 */
@Entity
@Table(name = "decision")
public class Decision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "meeting_id", updatable = false)
  private CommitteeMeeting meeting;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", updatable = false)
  private Application application;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Outcome outcome;

  @Column(name = "approved_usd", precision = 19, scale = 2)
  private BigDecimal approvedUsd;

  private String conditions;

  @Column(nullable = false)
  private String reasons;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "supersedes_id", updatable = false)
  private Decision supersedes;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  @Version private long version;

  protected Decision() {}

  /**
   * @param supersedes the earlier decision (of a closed, earlier meeting) this one replaces, or
   *     null
   */
  public Decision(
      CommitteeMeeting meeting,
      Application application,
      Ruling ruling,
      Decision supersedes,
      String by,
      Instant at) {
    meeting.checkCanDecide();
    BigDecimal approved = ruling.approvedAmount().orElse(null);
    if (approved != null && approved.compareTo(application.getAmountRequested()) > 0) {
      throw new InvalidInputException(
          "programme.decision.amountAboveRequested", approved, application.getAmountRequested());
    }
    if (supersedes != null) {
      if (!supersedes.meeting.isClosed()) {
        throw new InvalidInputException(
            "programme.decision.supersedeOpenMeeting", supersedes.meeting.getReference());
      }
      if (!supersedes.meeting.getStartsOn().isBefore(meeting.getStartsOn())) {
        throw new InvalidInputException(
            "programme.decision.supersedeNotEarlier",
            supersedes.meeting.getReference(),
            meeting.getReference());
      }
    }
    this.meeting = meeting;
    this.application = application;
    this.outcome = ruling.outcome();
    this.approvedUsd = approved;
    this.conditions = ruling.conditions().orElse(null);
    this.reasons = ruling.reasons();
    this.supersedes = supersedes;
    this.recordedBy = by;
    this.recordedAt = at;
  }

  /** While its meeting is open, the committee may still change its mind. */
  public void revise(Ruling ruling, String by, Instant at) {
    meeting.checkCanDecide();
    BigDecimal approved = ruling.approvedAmount().orElse(null);
    if (approved != null && approved.compareTo(application.getAmountRequested()) > 0) {
      throw new InvalidInputException(
          "programme.decision.amountAboveRequested", approved, application.getAmountRequested());
    }
    this.outcome = ruling.outcome();
    this.approvedUsd = approved;
    this.conditions = ruling.conditions().orElse(null);
    this.reasons = ruling.reasons();
    this.recordedBy = by;
    this.recordedAt = at;
  }

  public Long getId() {
    return id;
  }

  public CommitteeMeeting getMeeting() {
    return meeting;
  }

  public Application getApplication() {
    return application;
  }

  public Outcome getOutcome() {
    return outcome;
  }

  public BigDecimal getApprovedUsd() {
    return approvedUsd;
  }

  public String getConditions() {
    return conditions;
  }

  public String getReasons() {
    return reasons;
  }

  public Decision getSupersedes() {
    return supersedes;
  }

  public long getVersion() {
    return version;
  }
}
