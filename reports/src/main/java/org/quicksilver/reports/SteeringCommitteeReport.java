package org.quicksilver.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * The steering-committee report for a round, or for one of the committee's meetings: applications
 * by region and country (table and, in the PDF, a bar chart), screening, the ranking, the scores
 * per criterion, recusals, money requested against money available, and the decisions with their
 * reasons.
 */
public final class SteeringCommitteeReport {

  /** The template's name. */
  public static final String TEMPLATE = "steering-committee";

  /** {@code Integer}: the round's number. */
  public static final String ROUND_NUMBER = "ROUND_NUMBER";

  /** {@code String}: the round's title. */
  public static final String ROUND_TITLE = "ROUND_TITLE";

  /** {@code java.util.Date}: the round's opening and closing dates. */
  public static final String ROUND_OPENS_ON = "ROUND_OPENS_ON";

  public static final String ROUND_CLOSES_ON = "ROUND_CLOSES_ON";

  /** {@code String}, optional: the meeting the report is for; its decisions only are shown. */
  public static final String MEETING_REFERENCE = "MEETING_REFERENCE";

  public static final String MEETING_TITLE = "MEETING_TITLE";
  public static final String MEETING_PLACE = "MEETING_PLACE";
  public static final String MEETING_STARTS_ON = "MEETING_STARTS_ON";
  public static final String MEETING_ENDS_ON = "MEETING_ENDS_ON";
  public static final String MEETING_PRESENT = "MEETING_PRESENT";
  public static final String MEETING_QUORUM = "MEETING_QUORUM";

  /**
   * {@code Boolean}: whether the round is illustrative (demonstration) data, said under the title.
   */
  public static final String ILLUSTRATIVE = "ILLUSTRATIVE";

  /** {@code String}, optional: a note under the title. */
  public static final String NOTE = "NOTE";

  private SteeringCommitteeReport() {}

  /** The round the report covers; an illustrative round is demonstration data. */
  public record Round(
      int number, String title, LocalDate opensOn, LocalDate closesOn, boolean illustrative) {
    public Round {
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(opensOn, "opensOn");
      Objects.requireNonNull(closesOn, "closesOn");
    }
  }

  /** The meeting the report is for, with how many members were present against the quorum. */
  public record Meeting(
      String reference,
      String title,
      String place,
      LocalDate startsOn,
      LocalDate endsOn,
      int present,
      int quorum) {
    public Meeting {
      Objects.requireNonNull(reference, "reference");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(startsOn, "startsOn");
      Objects.requireNonNull(endsOn, "endsOn");
    }
  }

  /**
   * A request for this report.
   *
   * @param rows grouped by section in the order of {@link SteeringCommitteeRow.Section}
   * @param meeting the meeting whose decisions are shown; null for all decisions on the round
   * @param note printed under the title; null for none
   */
  public static ReportRequest request(
      List<SteeringCommitteeRow> rows,
      Round round,
      Meeting meeting,
      String note,
      Locale locale,
      ReportFormat format,
      String generatedBy,
      ZonedDateTime generatedAt) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(ROUND_NUMBER, round.number());
    parameters.put(ROUND_TITLE, round.title());
    parameters.put(ROUND_OPENS_ON, date(round.opensOn()));
    parameters.put(ROUND_CLOSES_ON, date(round.closesOn()));
    parameters.put(ILLUSTRATIVE, round.illustrative());
    if (meeting != null) {
      parameters.put(MEETING_REFERENCE, meeting.reference());
      parameters.put(MEETING_TITLE, meeting.title());
      parameters.put(MEETING_PLACE, meeting.place());
      parameters.put(MEETING_STARTS_ON, date(meeting.startsOn()));
      parameters.put(MEETING_ENDS_ON, date(meeting.endsOn()));
      parameters.put(MEETING_PRESENT, meeting.present());
      parameters.put(MEETING_QUORUM, meeting.quorum());
    }
    if (note != null) {
      parameters.put(NOTE, note);
    }
    return new ReportRequest(TEMPLATE, locale, format, rows, parameters, generatedBy, generatedAt);
  }

  // The JVM's midnight: the template formats dates in the JVM's zone.
  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
