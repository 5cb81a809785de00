package org.quicksilver.projects.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.quicksilver.platform.InvalidInputException;

/**
 * One capacity-building activity moving through its workflow. It is confirmed only once people can
 * act on it (dates, and a venue for an event) and reported as held only once its last day has come.
 * Held and cancelled activities are the record of what donors' money did, so they no longer change.
 */
public final class Activity {
  private final String title;
  private final ActivityType type;
  private ActivityStatus status = ActivityStatus.PLANNED;
  private ActivityDates dates;
  private Venue venue;
  private String reason;

  public Activity(String title, ActivityType type) {
    this.title = Text.required(title, "projects.activity.titleRequired");
    this.type = Objects.requireNonNull(type, "type");
  }

  public void schedule(ActivityDates dates) {
    checkNotFinal();
    this.dates = Objects.requireNonNull(dates, "dates");
  }

  /** Refuses a venue the type cannot have: a product has none, a webinar is only online. */
  public void locate(Venue venue) {
    checkNotFinal();
    Objects.requireNonNull(venue, "venue");
    if (!type.needsVenue()) {
      throw new InvalidInputException("projects.activity.venueNotApplicable", type);
    }
    if (type.isOnlineOnly() && !venue.isOnline()) {
      throw new InvalidInputException("projects.activity.onlineOnly", type);
    }
    this.venue = venue;
  }

  public void confirm() {
    status.checkMoveTo(ActivityStatus.CONFIRMED);
    if (dates == null) {
      throw new InvalidInputException("projects.activity.datesRequired");
    }
    if (type.needsVenue() && venue == null) {
      throw new InvalidInputException("projects.activity.venueRequired");
    }
    moveTo(ActivityStatus.CONFIRMED, null);
  }

  /** Back to planned; the dates and venue stay until new ones are set. */
  public void postpone(String reason) {
    status.checkMoveTo(ActivityStatus.PLANNED);
    moveTo(ActivityStatus.PLANNED, Text.required(reason, "projects.activity.reasonRequired"));
  }

  public void cancel(String reason) {
    status.checkMoveTo(ActivityStatus.CANCELLED);
    moveTo(ActivityStatus.CANCELLED, Text.required(reason, "projects.activity.reasonRequired"));
  }

  /** Reports the activity as held; an activity still to come cannot have been held. */
  public void markHeld(LocalDate today) {
    status.checkMoveTo(ActivityStatus.HELD);
    if (dates == null) {
      throw new InvalidInputException("projects.activity.datesRequired");
    }
    if (!dates.isOverBy(today)) {
      throw new InvalidInputException("projects.activity.heldInFuture", dates.end(), today);
    }
    moveTo(ActivityStatus.HELD, null);
  }

  private void moveTo(ActivityStatus next, String reason) {
    this.status = next;
    this.reason = reason;
  }

  private void checkNotFinal() {
    if (status.isFinal()) {
      throw new InvalidInputException("projects.activity.final", title, status);
    }
  }

  public String getTitle() {
    return title;
  }

  public ActivityType getType() {
    return type;
  }

  public ActivityStatus getStatus() {
    return status;
  }

  public Optional<ActivityDates> getDates() {
    return Optional.ofNullable(dates);
  }

  public Optional<Venue> getVenue() {
    return Optional.ofNullable(venue);
  }

  /** Why the activity was last postponed or cancelled; empty after any other move. */
  public Optional<String> getReason() {
    return Optional.ofNullable(reason);
  }
}
