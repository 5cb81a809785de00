package org.quicksilver.projects.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicksilver.platform.InvalidInputException;

/**
 * A national pilot project's status and milestones. It is completed only when every milestone is,
 * so a report never shows a finished pilot with promises still open. Once completed or cancelled
 * its milestones no longer change.
 */
public final class PilotProjectProgress {
  private final String reference;
  private final List<Milestone> milestones = new ArrayList<>();
  private PilotProjectStatus status = PilotProjectStatus.NOT_STARTED;
  private String reason;

  public PilotProjectProgress(String reference) {
    this.reference = Text.required(reference, "projects.pilot.referenceRequired");
  }

  /** Titles name milestones within a pilot, so they must differ. */
  public Milestone planMilestone(String title, LocalDate due) {
    checkNotFinal();
    Milestone milestone = Milestone.due(title, due);
    if (find(milestone.title()).isPresent()) {
      throw new InvalidInputException("projects.milestone.duplicate", milestone.title());
    }
    milestones.add(milestone);
    return milestone;
  }

  public Milestone completeMilestone(String title, LocalDate day, LocalDate today) {
    checkNotFinal();
    int index =
        find(title)
            .orElseThrow(
                () -> new InvalidInputException("projects.milestone.unknown", reference, title));
    Milestone completed = milestones.get(index).complete(day, today);
    milestones.set(index, completed);
    return completed;
  }

  public void start() {
    requireCurrent(PilotProjectStatus.NOT_STARTED, PilotProjectStatus.ONGOING);
    moveTo(PilotProjectStatus.ONGOING, null);
  }

  public void suspend(String reason) {
    status.checkMoveTo(PilotProjectStatus.SUSPENDED);
    moveTo(PilotProjectStatus.SUSPENDED, Text.required(reason, "projects.pilot.reasonRequired"));
  }

  public void resume() {
    requireCurrent(PilotProjectStatus.SUSPENDED, PilotProjectStatus.ONGOING);
    moveTo(PilotProjectStatus.ONGOING, null);
  }

  public void complete() {
    status.checkMoveTo(PilotProjectStatus.COMPLETED);
    List<Milestone> open = openMilestones();
    if (!open.isEmpty()) {
      throw new InvalidInputException(
          "projects.pilot.milestonesOpen", reference, open.size(), open.get(0).title());
    }
    moveTo(PilotProjectStatus.COMPLETED, null);
  }

  public void cancel(String reason) {
    status.checkMoveTo(PilotProjectStatus.CANCELLED);
    moveTo(PilotProjectStatus.CANCELLED, Text.required(reason, "projects.pilot.reasonRequired"));
  }

  public List<Milestone> openMilestones() {
    return milestones.stream().filter(milestone -> !milestone.isCompleted()).toList();
  }

  public List<Milestone> overdueMilestones(LocalDate today) {
    return milestones.stream().filter(milestone -> milestone.isOverdue(today)).toList();
  }

  public boolean hasOverdueMilestones(LocalDate today) {
    return !overdueMilestones(today).isEmpty();
  }

  /** Completed milestones in percent of all; empty while none is planned. */
  public Optional<BigDecimal> completedShare() {
    if (milestones.isEmpty()) {
      return Optional.empty();
    }
    long completed = milestones.stream().filter(Milestone::isCompleted).count();
    return Optional.of(Percent.of(completed, milestones.size()));
  }

  /** Starting and resuming both lead to ongoing; each is allowed only from its own status. */
  private void requireCurrent(PilotProjectStatus from, PilotProjectStatus next) {
    if (status != from) {
      throw new InvalidInputException("projects.pilot.transitionRefused", status, next);
    }
  }

  private void moveTo(PilotProjectStatus next, String reason) {
    this.status = next;
    this.reason = reason;
  }

  private Optional<Integer> find(String title) {
    for (int i = 0; i < milestones.size(); i++) {
      if (milestones.get(i).title().equals(title == null ? null : title.strip())) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private void checkNotFinal() {
    if (status.isFinal()) {
      throw new InvalidInputException("projects.pilot.final", reference, status);
    }
  }

  public String getReference() {
    return reference;
  }

  public PilotProjectStatus getStatus() {
    return status;
  }

  public List<Milestone> getMilestones() {
    return List.copyOf(milestones);
  }

  /** Why the pilot was last suspended or cancelled; empty after any other move. */
  public Optional<String> getReason() {
    return Optional.ofNullable(reason);
  }
}
