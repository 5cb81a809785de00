package org.quicksilver.web.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.omnifaces.util.Faces;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.programme.AgendaItem;
import org.quicksilver.programme.DecisionForm;
import org.quicksilver.programme.MeetingDetail;
import org.quicksilver.programme.MeetingService;
import org.quicksilver.programme.SeatAtMeeting;
import org.quicksilver.programme.rules.Outcome;
import org.quicksilver.web.platform.Texts;

/** One meeting: attendance, agenda, decisions with their reasons, closing. */
@Named
@ViewScoped
public class MeetingView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private MeetingService meetings;

  private Long meetingId;
  private MeetingDetail detail;
  private List<Long> present = new ArrayList<>();
  private Long applicationToConsider;
  private AgendaItem deciding;
  private DecisionForm decision;
  private List<org.quicksilver.funding.Option> candidates;

  public void load() throws IOException {
    if (meetingId == null) {
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
    detail = meetings.detail(meetingId);
    candidates = null;
    present =
        new ArrayList<>(
            detail.seats().stream()
                .filter(SeatAtMeeting::present)
                .map(SeatAtMeeting::memberId)
                .toList());
  }

  public void saveAttendance() {
    meetings.recordAttendance(meetingId, detail.meeting().version(), present);
    Texts.info("programme.meeting.attendanceSaved");
    refresh();
  }

  public void consider() {
    meetings.consider(meetingId, applicationToConsider);
    applicationToConsider = null;
    refresh();
  }

  public void startDecision(AgendaItem item) {
    deciding = item;
    decision = new DecisionForm();
    if (item.isDecided()) {
      decision.setOutcome(item.outcome());
      decision.setApprovedUsd(item.approvedUsd());
      decision.setConditions(item.conditions());
      decision.setReasons(item.reasons());
    } else {
      decision.setOutcome(Outcome.APPROVED);
      decision.setApprovedUsd(item.amountRequested());
    }
  }

  public void decide() {
    meetings.decide(meetingId, deciding.applicationId(), decision);
    Texts.info("programme.decision.recorded", deciding.reference());
    deciding = null;
    decision = null;
    refresh();
  }

  public void close() {
    meetings.close(meetingId, detail.meeting().version());
    Texts.info("programme.meeting.closedNow", detail.meeting().reference());
    refresh();
  }

  public List<org.quicksilver.funding.Option> getCandidates() {
    if (candidates == null) {
      candidates =
          detail == null || detail.meeting().isClosed()
              ? List.of()
              : meetings.candidates(meetingId);
    }
    return candidates;
  }

  public Outcome[] getOutcomes() {
    return Outcome.values();
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }

  public MeetingDetail getDetail() {
    return detail;
  }

  public List<Long> getPresent() {
    return present;
  }

  public void setPresent(List<Long> present) {
    this.present = present;
  }

  public Long getApplicationToConsider() {
    return applicationToConsider;
  }

  public void setApplicationToConsider(Long applicationToConsider) {
    this.applicationToConsider = applicationToConsider;
  }

  public AgendaItem getDeciding() {
    return deciding;
  }

  public DecisionForm getDecision() {
    return decision;
  }
}
