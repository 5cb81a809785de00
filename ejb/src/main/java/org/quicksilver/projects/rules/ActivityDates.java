package org.quicksilver.projects.rules;

import java.time.LocalDate;
import java.util.Objects;
import org.quicksilver.platform.InvalidInputException;

/**
 * The days an activity runs, both included: a one-day webinar starts and ends on the same day.
 *
 * @param start the first day
 * @param end the last day; for a product, the day it is delivered
 */
public record ActivityDates(LocalDate start, LocalDate end) {
  public ActivityDates {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new InvalidInputException("projects.activity.endBeforeStart", start, end);
    }
  }

  public static ActivityDates on(LocalDate day) {
    return new ActivityDates(day, day);
  }

  /** Whether the last day has come, so the activity can be reported as held. */
  public boolean isOverBy(LocalDate today) {
    return !end.isAfter(today);
  }
}
