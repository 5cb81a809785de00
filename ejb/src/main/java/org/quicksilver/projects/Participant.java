package org.quicksilver.projects;

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
import java.time.Instant;
import java.util.Optional;
import org.quicksilver.funding.Earmark;
import org.quicksilver.projects.rules.Gender;
import org.quicksilver.projects.rules.ParticipantRole;
import org.quicksilver.projects.rules.Participation;
import org.quicksilver.projects.rules.TravelFunding;
import org.quicksilver.reference.Country;

/**
 * One person at an activity. The full name is the only personal field, optional, for the
 * secretariat's own lists; donors get counts ({@link Participation} has no name).
 */
@Entity
@Table(name = "participant")
public class Participant {
  /** The earmark code that means "the fund's money, not earmarked". */
  static final String UNEARMARKED = "UNEARMARKED";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "activity_id", updatable = false)
  private Activity activity;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "country_id")
  private Country country;

  @Column(name = "organisation_name")
  private String organisationName;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Gender gender;

  @Enumerated(EnumType.STRING)
  @Column(name = "participant_role", nullable = false)
  private ParticipantRole role;

  @Column(name = "travel_funded", nullable = false)
  private boolean travelFunded;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "earmark_id")
  private Earmark earmark;

  @Column(name = "full_name")
  private String fullName;

  @Column(name = "recorded_at", nullable = false)
  private Instant recordedAt;

  @Column(name = "recorded_by", nullable = false)
  private String recordedBy;

  protected Participant() {}

  /**
   * @param travelPaidFrom the earmark that paid the travel; null when nobody paid it
   */
  public Participant(
      Activity activity,
      Country country,
      String organisationName,
      Gender gender,
      ParticipantRole role,
      Earmark travelPaidFrom,
      String fullName,
      String by,
      Instant at) {
    activity.checkTakesParticipants();
    // the rule checks the country code, gender, role and funding as the counts will read them
    participation(country, gender, role, travelPaidFrom);
    this.activity = activity;
    this.country = country;
    this.organisationName = blankToNull(organisationName);
    this.gender = gender;
    this.role = role;
    this.travelFunded = travelPaidFrom != null;
    this.earmark = travelPaidFrom;
    this.fullName = blankToNull(fullName);
    this.recordedBy = by;
    this.recordedAt = at;
  }

  /** The participation as the donor-safe counts take it: no name, no organisation. */
  public static Participation participation(
      Country country, Gender gender, ParticipantRole role, Earmark travelPaidFrom) {
    return new Participation(
        country.getIsoCode(),
        country.getRegionalGroup(),
        gender,
        role,
        Optional.ofNullable(travelPaidFrom).map(Participant::funding));
  }

  static TravelFunding funding(Earmark earmark) {
    String fund = earmark.getFund().getCode();
    return UNEARMARKED.equals(earmark.getCode())
        ? TravelFunding.fromFund(fund)
        : TravelFunding.fromEarmark(fund, earmark.getCode());
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public Long getId() {
    return id;
  }

  public Activity getActivity() {
    return activity;
  }
}
