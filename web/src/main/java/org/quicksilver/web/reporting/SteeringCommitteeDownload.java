package org.quicksilver.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.quicksilver.programme.MeetingRow;
import org.quicksilver.programme.MeetingService;
import org.quicksilver.programme.RankingService;
import org.quicksilver.programme.RoundOption;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reporting.SteeringCommitteeReportService;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;
import org.quicksilver.web.export.Download;
import org.quicksilver.web.platform.UserSession;

/**
 * Downloads the steering-committee report for a round (the latest unless chosen) and, if one is
 * chosen, a meeting whose decisions it shows.
 */
@Named
@ViewScoped
public class SteeringCommitteeDownload implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private SteeringCommitteeReportService reports;
  @Inject private RankingService ranking;
  @Inject private MeetingService meetingService;
  @Inject private UserSession session;

  private Language language;
  private Long roundId;
  private Long meetingId;
  // Loaded on first use: only users who see the section (and may read them) ask for them.
  private List<RoundOption> rounds;
  private List<MeetingRow> meetings;

  @PostConstruct
  void init() {
    language = Language.fromCode(session.getLanguageCode());
  }

  public StreamedContent pdf() {
    return download(ReportFormat.PDF);
  }

  public StreamedContent xlsx() {
    return download(ReportFormat.XLSX);
  }

  private StreamedContent download(ReportFormat format) {
    ReportFile file = reports.render(language, format, roundId, meetingId);
    return Download.of(file.fileName(), file.contentType(), file.content());
  }

  public List<RoundOption> getRounds() {
    if (rounds == null) {
      rounds = ranking.rounds();
    }
    return rounds;
  }

  public List<MeetingRow> getMeetings() {
    if (meetings == null) {
      meetings = meetingService.list();
    }
    return meetings;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public Long getMeetingId() {
    return meetingId;
  }

  public void setMeetingId(Long meetingId) {
    this.meetingId = meetingId;
  }
}
