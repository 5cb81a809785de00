package org.quicksilver.web.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import org.omnifaces.util.Faces;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.projects.PilotDetail;
import org.quicksilver.projects.PilotProjectService;
import org.quicksilver.projects.rules.PilotProjectStatus;
import org.quicksilver.web.platform.Texts;

/** One pilot project: milestones flagged overdue, status moves, results and lessons learned. */
@Named
@ViewScoped
public class PilotView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The status moves the page offers; suspending and cancelling ask why. */
  public enum Move {
    START,
    SUSPEND,
    RESUME,
    COMPLETE,
    CANCEL
  }

  @Inject private PilotProjectService pilots;

  private Long pilotId;
  private PilotDetail detail;
  private String milestoneTitle;
  private LocalDate milestoneDue;
  private Long completing;
  private LocalDate completedOn;
  private Move move;
  private String reason;
  private String results;
  private String lessons;

  public void load() throws IOException {
    if (pilotId == null) {
      Faces.responseSendError(404, "");
      return;
    }
    try {
      refresh();
    } catch (RecordNotFoundException unknown) {
      Faces.responseSendError(404, "");
    }
  }

  private void refresh() {
    detail = pilots.detail(pilotId);
    results = detail.results();
    lessons = detail.lessonsLearned();
  }

  private long version() {
    return detail.pilot().version();
  }

  public void planMilestone() {
    pilots.planMilestone(pilotId, version(), milestoneTitle, milestoneDue);
    Texts.info("projects.milestone.planned");
    milestoneTitle = null;
    milestoneDue = null;
    refresh();
  }

  public void startCompletion(long milestoneId) {
    completing = milestoneId;
    completedOn = LocalDate.now();
  }

  public void completeMilestone() {
    pilots.completeMilestone(completing, completedOn);
    Texts.info("projects.milestone.completed");
    completing = null;
    refresh();
  }

  public void startMove(Move next) {
    move = next;
    reason = null;
    if (next != Move.SUSPEND && next != Move.CANCEL) {
      applyMove();
    }
  }

  public void applyMove() {
    switch (move) {
      case START -> pilots.start(pilotId, version());
      case SUSPEND -> pilots.suspend(pilotId, version(), reason);
      case RESUME -> pilots.resume(pilotId, version());
      case COMPLETE -> pilots.complete(pilotId, version());
      case CANCEL -> pilots.cancel(pilotId, version(), reason);
    }
    move = null;
    refresh();
    Texts.info(
        "projects.pilot.moved", Texts.text("enum.PilotProjectStatus." + detail.pilot().status()));
  }

  public boolean can(PilotProjectStatus next) {
    return detail != null && detail.pilot().status().canMoveTo(next);
  }

  public void report() {
    pilots.report(pilotId, version(), results, lessons);
    Texts.info("projects.pilot.saved");
    refresh();
  }

  public Long getPilotId() {
    return pilotId;
  }

  public void setPilotId(Long pilotId) {
    this.pilotId = pilotId;
  }

  public PilotDetail getDetail() {
    return detail;
  }

  public String getMilestoneTitle() {
    return milestoneTitle;
  }

  public void setMilestoneTitle(String milestoneTitle) {
    this.milestoneTitle = milestoneTitle;
  }

  public LocalDate getMilestoneDue() {
    return milestoneDue;
  }

  public void setMilestoneDue(LocalDate milestoneDue) {
    this.milestoneDue = milestoneDue;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(LocalDate completedOn) {
    this.completedOn = completedOn;
  }

  public Move getMove() {
    return move;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public String getResults() {
    return results;
  }

  public void setResults(String results) {
    this.results = results;
  }

  public String getLessons() {
    return lessons;
  }

  public void setLessons(String lessons) {
    this.lessons = lessons;
  }
}
