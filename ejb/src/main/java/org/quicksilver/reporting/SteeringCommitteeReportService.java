package org.quicksilver.reporting;

import static org.quicksilver.security.Permissions.PROGRAMME_CHAIR;
import static org.quicksilver.security.Permissions.PROGRAMME_READ;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.programme.RankingService;
import org.quicksilver.programme.RoundRanking;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.reports.SteeringCommitteeReport;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Language;

/**
 * The steering-committee report for a round (by default the latest) or for one meeting.
 *
 * <p>Who may have it: the secretariat ({@code programme:read}) and the chair ({@code
 * programme:chair}), as for the ranking. Committee members ({@code programme:score} alone) are
 * refused: the report shows every application's scores, and a member must not see the scores of an
 * application they are recused from, nor others' scores before submitting their own. Leaving such
 * scores out per member would make one report differ by reader; members get the report from the
 * chair or the secretariat instead.
 *
 * <p>A fixed number of queries whatever the size of the round (see {@link SteeringCommitteeRows}),
 * plus the ranking service's for the money of the round's earmark.
 */
@Stateless
public class SteeringCommitteeReportService {
  @PersistenceContext private EntityManager em;
  @Inject private RankingService ranking;
  @Inject private ReportEngine engine;
  @Inject private ReportRegister register;
  @Inject private Clock clock;

  /**
   * Renders the report.
   *
   * @param roundId the round; null for the round of the meeting, or else the latest round
   * @param meetingId the meeting whose decisions are shown; null for every decision on the round
   */
  @RequiresPermissions(
      value = {PROGRAMME_READ, PROGRAMME_CHAIR},
      logical = Logical.OR)
  public ReportFile render(
      @NotNull Language language, @NotNull ReportFormat format, Long roundId, Long meetingId) {
    SteeringCommitteeRows data = new SteeringCommitteeRows(em, language.locale());
    SteeringCommitteeReport.Meeting meeting = meetingId == null ? null : data.meeting(meetingId);
    Long round = roundId != null ? roundId : meetingId == null ? null : data.roundOf(meetingId);
    RoundRanking money = ranking.ranking(round);
    SteeringCommitteeRows.RoundData roundData = data.round(money.roundId());
    byte[] content =
        engine.render(
            SteeringCommitteeReport.request(
                data.rows(roundData, meetingId, money.available(), money.pledgedUnpaid()),
                roundData.header(),
                meeting,
                null,
                language.locale(),
                format,
                CurrentUser.username(),
                ZonedDateTime.now(clock)));
    var file =
        new ReportFile(
            "steering-committee-round-"
                + roundData.header().number()
                + (meeting == null ? "" : "-" + meeting.reference())
                + "-"
                + language.code()
                + "."
                + format.fileExtension(),
            format.contentType(),
            content);
    register.keep(
        new ReportDescription(
            "steering-committee",
            "round="
                + roundData.header().number()
                + (meeting == null ? "" : ";meeting=" + meeting.reference()),
            language.code(),
            format.name(),
            LocalDate.now(clock),
            org.apache.shiro.SecurityUtils.getSubject().isPermitted(PROGRAMME_READ)
                ? PROGRAMME_READ
                : PROGRAMME_CHAIR,
            null),
        file);
    return file;
  }

  static RecordNotFoundException notFound(Object id) {
    return new RecordNotFoundException(String.valueOf(id));
  }
}
