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
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.projects.rules.ActivityDates;
import org.quicksilver.projects.rules.ActivityStatus;
import org.quicksilver.projects.rules.ActivityType;
import org.quicksilver.projects.rules.Venue;
import org.quicksilver.reference.Country;
import org.quicksilver.reference.RegionalGroup;

/**
 * A capacity-building activity of a project, or a stand-alone event. Its plan and its status moves
 * are checked by the workflow rule ({@link org.quicksilver.projects.rules.Activity}), replayed from
 * what is stored: a move is made on the rule first and only then copied here, so the entity can
 * never hold a state the rule would refuse.
 */
@Entity
@Table(name = "activity")
public class Activity {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "project_id", updatable = false)
  private Project project;

  @Enumerated(EnumType.STRING)
  @Column(name = "activity_type", nullable = false)
  private ActivityType type;

  @Column(nullable = false)
  private String title;

  @Enumerated(EnumType.STRING)
  private RegionalGroup region;

  @Column(name = "start_on")
  private LocalDate startOn;

  @Column(name = "end_on")
  private LocalDate endOn;

  @Column(name = "venue_city")
  private String venueCity;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "venue_country_id")
  private Country venueCountry;

  @Column(nullable = false)
  private boolean online;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "output_id")
  private ProjectResult output;

  @Column(name = "budget_usd", nullable = false, precision = 19, scale = 2)
  private BigDecimal budgetUsd = BigDecimal.ZERO;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ActivityStatus status = ActivityStatus.PLANNED;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(nullable = false)
  private boolean illustrative;

  @ManyToMany
  @JoinTable(
      name = "activity_country",
      joinColumns = @JoinColumn(name = "activity_id"),
      inverseJoinColumns = @JoinColumn(name = "country_id"))
  private Set<Country> countries = new HashSet<>();

  @Version private long version;

  protected Activity() {}

  /** A new activity starts planned; {@code project} is null for a stand-alone event. */
  public Activity(Project project, ActivityType type, String title) {
    var rule = new org.quicksilver.projects.rules.Activity(title, type);
    this.project = project;
    this.type = type;
    this.title = rule.getTitle();
  }

  /**
   * Sets what the activity is, when and where. Refused once it is held or cancelled, for a venue
   * its type cannot have, and for a confirmed activity left without dates or venue.
   *
   * @param venueCountry the country of {@code venueCity}; both null when there is no venue
   */
  public void plan(
      ActivityType type,
      String title,
      RegionalGroup region,
      ActivityDates dates,
      boolean online,
      String venueCity,
      Country venueCountry,
      ProjectResult output,
      BigDecimal budgetUsd) {
    checkNotFinal();
    Venue venue = venue(online, venueCity, venueCountry);
    var rule = replay(title, type, dates, venue);
    if (output != null && (project == null || !output.isOutput() || !isOf(output))) {
      throw new InvalidInputException("projects.activity.outputOfOtherProject");
    }
    if (budgetUsd.signum() < 0) {
      throw new InvalidInputException("projects.amount.negative", budgetUsd);
    }
    this.type = type;
    this.title = rule.getTitle();
    this.region = region;
    this.startOn = dates == null ? null : dates.start();
    this.endOn = dates == null ? null : dates.end();
    this.online = venue != null && venue.isOnline();
    this.venueCity = venue == null || venue.isOnline() ? null : venue.getCity().orElseThrow();
    this.venueCountry = this.venueCity == null ? null : venueCountry;
    this.output = output;
    this.budgetUsd = budgetUsd;
  }

  public void confirm() {
    status.checkMoveTo(ActivityStatus.CONFIRMED);
    var rule = replay();
    rule.confirm();
    take(rule);
  }

  public void postpone(String reason) {
    status.checkMoveTo(ActivityStatus.PLANNED);
    var rule = replay();
    rule.postpone(reason);
    take(rule);
  }

  public void cancel(String reason) {
    status.checkMoveTo(ActivityStatus.CANCELLED);
    var rule = replay();
    rule.cancel(reason);
    take(rule);
  }

  public void markHeld(LocalDate today) {
    status.checkMoveTo(ActivityStatus.HELD);
    var rule = replay();
    rule.markHeld(today);
    take(rule);
  }

  public void serve(Country country) {
    checkNotFinal();
    countries.add(country);
  }

  public void stopServing(Country country) {
    checkNotFinal();
    countries.remove(country);
  }

  /** People can be registered for an event that has not been cancelled. */
  public void checkTakesParticipants() {
    if (!type.isEvent()) {
      throw new InvalidInputException("projects.participant.notEvent", title);
    }
    if (status == ActivityStatus.CANCELLED) {
      throw new InvalidInputException("projects.participant.cancelled", title);
    }
  }

  /** Held and cancelled activities are the record of what was done; they no longer change. */
  public void checkNotFinal() {
    if (status.isFinal()) {
      throw new InvalidInputException("projects.activity.final", title, status);
    }
  }

  private boolean isOf(ProjectResult result) {
    return Objects.equals(result.getProject().getId(), project.getId());
  }

  private org.quicksilver.projects.rules.Activity replay() {
    return replay(
        title,
        type,
        startOn == null ? null : new ActivityDates(startOn, endOn),
        venue(online, venueCity, venueCountry));
  }

  /** The rule in the state this activity is stored in, with the plan given. */
  private org.quicksilver.projects.rules.Activity replay(
      String title, ActivityType type, ActivityDates dates, Venue venue) {
    var rule = new org.quicksilver.projects.rules.Activity(title, type);
    if (dates != null) {
      rule.schedule(dates);
    }
    if (venue != null) {
      rule.locate(venue);
    }
    if (status == ActivityStatus.CONFIRMED) {
      rule.confirm();
    }
    return rule;
  }

  private void take(org.quicksilver.projects.rules.Activity rule) {
    this.status = rule.getStatus();
    this.statusReason = rule.getReason().orElse(null);
  }

  private static Venue venue(boolean online, String city, Country country) {
    if (online) {
      return Venue.online();
    }
    if (city == null || city.isBlank()) {
      return null;
    }
    if (country == null) {
      throw new InvalidInputException("projects.venue.countryRequired");
    }
    return Venue.in(city, country.getIsoCode());
  }

  public Long getId() {
    return id;
  }

  public Project getProject() {
    return project;
  }

  public ActivityType getType() {
    return type;
  }

  public String getTitle() {
    return title;
  }

  public ActivityStatus getStatus() {
    return status;
  }

  public BigDecimal getBudgetUsd() {
    return budgetUsd;
  }

  public Set<Country> getCountries() {
    return Set.copyOf(countries);
  }

  public long getVersion() {
    return version;
  }
}
