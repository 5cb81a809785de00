package org.quicksilver.reporting;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.programme.rules.Round;

/**
 * The day a report's data is taken at: as it stood at the end of that day in Geneva, the
 * secretariat's time zone. Records posted or recorded later (receipts, pledges, allocations,
 * expenses, participants) are left out; statuses are taken on the period's last day, or on this day
 * if the period ends later.
 *
 * @param day the day whose end the data is taken at
 */
public record DataAsOf(LocalDate day) {
  /** The secretariat's time zone. */
  public static final ZoneId GENEVA = Round.GENEVA;

  /**
   * @param requested the day asked for, or null for today
   * @param now the instant the report is made
   * @throws InvalidInputException {@code reports.donor.asOfInFuture} for a day after today
   */
  public static DataAsOf of(LocalDate requested, Instant now) {
    LocalDate today = LocalDate.ofInstant(now, GENEVA);
    if (requested == null) {
      return new DataAsOf(today);
    }
    if (requested.isAfter(today)) {
      throw new InvalidInputException("reports.donor.asOfInFuture", requested, today);
    }
    return new DataAsOf(requested);
  }

  /** The first instant after the day, in Geneva: records from this instant on are left out. */
  public Instant end() {
    return day.plusDays(1).atStartOfDay(GENEVA).toInstant();
  }

  /** The day statuses (of pledges, grants, obligations) are taken on for a period ending then. */
  public LocalDate statusDay(LocalDate periodEnd) {
    return periodEnd.isAfter(day) ? day : periodEnd;
  }
}
