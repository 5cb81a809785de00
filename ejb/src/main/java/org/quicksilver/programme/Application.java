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
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Outcome;
import org.quicksilver.programme.rules.Registration;
import org.quicksilver.reference.Country;

/**
 * A Party's application to a round. Its status moves only along the workflow's arrows (see {@link
 * ApplicationStatus}); each move is returned as an {@link ApplicationEvent} for the history.
 */
@Entity
@Table(name = "application")
public class Application {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "round_id", updatable = false)
  private Round round;

  @Column(nullable = false, updatable = false)
  private String reference;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "country_id", updatable = false)
  private Country country;

  @Column(nullable = false)
  private String ministry;

  @Column(name = "contact_name", nullable = false)
  private String contactName;

  @Column(name = "contact_email")
  private String contactEmail;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String summary;

  private String objectives;
  private String workplan;

  @Column(name = "amount_requested", nullable = false, precision = 19, scale = 2)
  private BigDecimal amountRequested;

  @Column(name = "duration_months", nullable = false)
  private int durationMonths;

  @Column(name = "cofinancing_cash", nullable = false, precision = 19, scale = 2)
  private BigDecimal cofinancingCash;

  @Column(name = "cofinancing_in_kind", nullable = false, precision = 19, scale = 2)
  private BigDecimal cofinancingInKind;

  private String articles;
  private String gender;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ApplicationStatus status;

  @Column(name = "received_at", nullable = false, updatable = false)
  private Instant receivedAt;

  @Column(name = "late_reason", updatable = false)
  private String lateReason;

  @Column(name = "eligibility_reason")
  private String eligibilityReason;

  @Column(name = "first_assessment")
  private String firstAssessment;

  @Column(nullable = false)
  private boolean illustrative;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Version private long version;

  protected Application() {}

  /**
   * Registers an application as received. Only an eligible Party may apply; the round's window is
   * checked by the registration (outside it, a reason is required).
   */
  public Application(
      Round round,
      String reference,
      Country country,
      ApplicationDetails details,
      Registration registration,
      String by,
      Instant at) {
    if (!country.isEligibleForSip()) {
      throw new InvalidInputException(
          "programme.application.partyNotEligible", country.getIsoCode());
    }
    this.round = round;
    this.reference = reference;
    this.country = country;
    this.receivedAt = registration.receivedAt();
    this.lateReason = registration.lateReason().orElse(null);
    this.status = ApplicationStatus.RECEIVED;
    this.recordedBy = by;
    this.recordedAt = at;
    describe(details);
  }

  /** The secretariat corrects what the forms say; a decided application is closed to edits. */
  public void describe(ApplicationDetails details) {
    checkOpenToChanges();
    this.ministry = details.ministry().strip();
    this.contactName = details.contactName().strip();
    this.contactEmail = blankToNull(details.contactEmail());
    this.title = details.title().strip();
    this.summary = details.summary().strip();
    this.objectives = blankToNull(details.objectives());
    this.workplan = blankToNull(details.workplan());
    this.amountRequested = details.amountRequested();
    this.durationMonths = details.durationMonths();
    this.cofinancingCash = details.cofinancingCash();
    this.cofinancingInKind = details.cofinancingInKind();
    this.articles = blankToNull(details.articles());
    this.gender = blankToNull(details.gender());
  }

  /** Refuses a change to what the application says (budget, files…) once decided or withdrawn. */
  public void checkOpenToChanges() {
    if (status != null && (status.isDecided() || status == ApplicationStatus.WITHDRAWN)) {
      throw new InvalidInputException("programme.application.closed", reference);
    }
  }

  /** Moves the application along the workflow, or refuses a move it does not allow. */
  public ApplicationEvent moveTo(ApplicationStatus next, String reason, String by, Instant at) {
    status.checkMoveTo(next);
    ApplicationEvent event = new ApplicationEvent(this, status, next, reason, by, at);
    this.status = next;
    return event;
  }

  /** The screening's outcome: eligible or not, with the secretariat's reason. */
  public ApplicationEvent screen(boolean eligible, String reason, String by, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("programme.screening.reasonRequired");
    }
    ApplicationEvent event =
        moveTo(
            eligible ? ApplicationStatus.ELIGIBLE : ApplicationStatus.INELIGIBLE, reason, by, at);
    this.eligibilityReason = reason.strip();
    return event;
  }

  public void assess(String firstAssessment) {
    this.firstAssessment = blankToNull(firstAssessment);
  }

  /**
   * Records the committee's outcome. A first decision follows the workflow from UNDER_REVIEW; a
   * decision that replaces another (revised while its meeting is open, or superseding a closed
   * meeting's) sets the new outcome directly, and the history says so.
   */
  public ApplicationEvent decided(
      Outcome outcome, boolean replacing, String reason, String by, Instant at) {
    if (!replacing) {
      return moveTo(outcome.status(), reason, by, at);
    }
    ApplicationEvent event = new ApplicationEvent(this, status, outcome.status(), reason, by, at);
    this.status = outcome.status();
    return event;
  }

  public void markIllustrative() {
    this.illustrative = true;
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public Round getRound() {
    return round;
  }

  public String getReference() {
    return reference;
  }

  public Country getCountry() {
    return country;
  }

  public String getTitle() {
    return title;
  }

  public BigDecimal getAmountRequested() {
    return amountRequested;
  }

  public int getDurationMonths() {
    return durationMonths;
  }

  public ApplicationStatus getStatus() {
    return status;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public String getLateReason() {
    return lateReason;
  }

  public String getEligibilityReason() {
    return eligibilityReason;
  }

  public String getFirstAssessment() {
    return firstAssessment;
  }

  public Instant getRecordedAt() {
    return recordedAt;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public long getVersion() {
    return version;
  }

  /** Everything the forms said, to fill an edit form. */
  public ApplicationDetails details() {
    return new ApplicationDetails(
        ministry,
        contactName,
        contactEmail,
        title,
        summary,
        objectives,
        workplan,
        amountRequested,
        durationMonths,
        cofinancingCash,
        cofinancingInKind,
        articles,
        gender);
  }
}
