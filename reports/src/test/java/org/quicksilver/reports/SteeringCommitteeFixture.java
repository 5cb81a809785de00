package org.quicksilver.reports;

import static org.quicksilver.reports.SteeringCommitteeRow.allRegions;
import static org.quicksilver.reports.SteeringCommitteeRow.country;
import static org.quicksilver.reports.SteeringCommitteeRow.criterionScores;
import static org.quicksilver.reports.SteeringCommitteeRow.decision;
import static org.quicksilver.reports.SteeringCommitteeRow.money;
import static org.quicksilver.reports.SteeringCommitteeRow.ranked;
import static org.quicksilver.reports.SteeringCommitteeRow.recusal;
import static org.quicksilver.reports.SteeringCommitteeRow.regionTotal;
import static org.quicksilver.reports.SteeringCommitteeRow.screening;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/** A small round: three applications from two regional groups, one meeting, every section. */
final class SteeringCommitteeFixture {

  static final String USER = "Amélie Dupont-Ngô";
  static final ZonedDateTime GENERATED_AT =
      ZonedDateTime.of(2018, 10, 4, 9, 0, 0, 0, ZoneId.of("Europe/Zurich"));
  static final SteeringCommitteeReport.Round ROUND =
      new SteeringCommitteeReport.Round(
          1, "First round (2018)", LocalDate.of(2018, 6, 5), LocalDate.of(2018, 8, 31), true);
  static final SteeringCommitteeReport.Meeting MEETING =
      new SteeringCommitteeReport.Meeting(
          "SIP-GB-2",
          "Second meeting of the Governing Board",
          "Oslo",
          LocalDate.of(2018, 10, 2),
          LocalDate.of(2018, 10, 3),
          8,
          6);
  static final String REASONS = "Relevant, country-driven and well costed; approved in full.";
  static final String CONFLICT = "Works for the executing partner named in the application.";

  private SteeringCommitteeFixture() {}

  static List<SteeringCommitteeRow> rows() {
    return List.of(
        country("AFRICA", "Bénin", 1, 1, usd("120000.00")),
        country("AFRICA", "Côte d’Ivoire", 1, 0, usd("80000.50")),
        regionTotal("AFRICA", 2, 1, usd("200000.50")),
        country("LATIN_AMERICA_CARIBBEAN", "Argentina", 1, 1, usd("150000.00")),
        regionTotal("LATIN_AMERICA_CARIBBEAN", 1, 1, usd("150000.00")),
        allRegions(3, 2, usd("350000.50")),
        screening(
            "SIP-2018-01",
            "Argentina",
            "Controlling mercury-added products",
            6,
            6,
            "ELIGIBLE",
            null),
        screening("SIP-2018-03", "Bénin", "Artisanal gold mining", 6, 6, "ELIGIBLE", null),
        screening(
            "SIP-2018-07",
            "Côte d’Ivoire",
            "A private project",
            4,
            6,
            "INELIGIBLE",
            "Not sent by the national focal point."),
        ranked(
            1,
            "SIP-2018-03",
            "Bénin",
            usd("78.40"),
            7,
            usd("120000.00"),
            usd("120000.00"),
            "FUNDABLE"),
        ranked(
            2,
            "SIP-2018-01",
            "Argentina",
            usd("71.25"),
            6,
            usd("150000.00"),
            usd("270000.00"),
            "FUNDABLE_IF_PLEDGES_PAID"),
        criterionScores("SIP-2018-03", "Relevance", 25, usd("4.14"), 3, 5, 7, false),
        criterionScores("SIP-2018-03", "Gender mainstreaming", 10, usd("2.71"), 1, 5, 7, true),
        criterionScores("SIP-2018-01", "Relevance", 25, usd("3.83"), 3, 4, 6, false),
        recusal("SIP-2018-01", "Argentina", "María Fernández", "Uruguay", false, CONFLICT),
        recusal("SIP-2018-03", "Bénin", "Koffi Adjovi", "Bénin", true, null),
        money("REQUESTED", usd("350000.50"), false),
        money("REQUESTED_ELIGIBLE", usd("270000.00"), false),
        money("AVAILABLE", usd("200000.00"), false),
        money("PLEDGED_UNPAID", usd("100000.00"), false),
        money("APPROVED", usd("120000.00"), false),
        money("BALANCE", usd("30000.00"), true),
        decision(
            "SIP-2018-03", "Bénin", "APPROVED", "SIP-GB-2", null, usd("120000.00"), null, REASONS),
        decision(
            "SIP-2018-01",
            "Argentina",
            "DEFERRED",
            "SIP-GB-2",
            "SIP-GB-1",
            null,
            null,
            "The Board asks for the co-financing letters."));
  }

  static ReportRequest request(Locale locale, ReportFormat format) {
    return SteeringCommitteeReport.request(
        rows(), ROUND, MEETING, null, locale, format, USER, GENERATED_AT);
  }

  private static BigDecimal usd(String amount) {
    return new BigDecimal(amount);
  }
}
