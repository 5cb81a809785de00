package org.quicksilver.projects.rules;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.quicksilver.platform.InvalidInputException;

/**
 * A step a pilot project promised by a date. It is overdue from the day after its due date until it
 * is completed; a completion is recorded once, on a day that has come.
 *
 * @param completedOn absent until the milestone is completed
 */
public record Milestone(String title, LocalDate due, Optional<LocalDate> completedOn) {
  public Milestone {
    title = Text.required(title, "projects.milestone.titleRequired");
    Objects.requireNonNull(due, "due");
    Objects.requireNonNull(completedOn, "completedOn");
  }

  public static Milestone due(String title, LocalDate due) {
    return new Milestone(title, due, Optional.empty());
  }

  /** The same milestone, completed on {@code day}; a completion cannot be dated after today. */
  public Milestone complete(LocalDate day, LocalDate today) {
    if (isCompleted()) {
      throw new InvalidInputException("projects.milestone.alreadyCompleted", title);
    }
    if (day.isAfter(today)) {
      throw new InvalidInputException("projects.milestone.completedInFuture", day, today);
    }
    return new Milestone(title, due, Optional.of(day));
  }

  public boolean isCompleted() {
    return completedOn.isPresent();
  }

  public boolean isOverdue(LocalDate today) {
    return !isCompleted() && today.isAfter(due);
  }

  /** Completed, but after its due date: worth a line in the lessons learned. */
  public boolean wasCompletedLate() {
    return completedOn.filter(day -> day.isAfter(due)).isPresent();
  }

  /** Days past due while open; zero when not overdue. */
  public long daysOverdue(LocalDate today) {
    return isOverdue(today) ? ChronoUnit.DAYS.between(due, today) : 0;
  }
}
