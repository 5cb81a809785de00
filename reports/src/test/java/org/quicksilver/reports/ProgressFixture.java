package org.quicksilver.reports;

import static org.quicksilver.reports.ProjectProgressRow.Section.BUDGET;
import static org.quicksilver.reports.ProjectProgressRow.Section.OUTPUTS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicksilver.reports.ProjectProgressRow.MilestoneState;
import org.quicksilver.reports.ProjectProgressRow.Section;

/**
 * A project's second half of 2018: two outputs' indicators, two activities held (one online) with
 * 57 participants, a pilot with a late, an overdue and an open milestone, and spending with one
 * line over budget.
 */
final class ProgressFixture {

  static final String USER = "Amélie Dupont-Ngô";
  static final ZonedDateTime GENERATED_AT =
      ZonedDateTime.of(2019, 1, 15, 9, 0, 0, 0, ZoneId.of("Europe/Zurich"));
  static final LocalDate FROM = LocalDate.of(2018, 7, 1);
  static final LocalDate TO = LocalDate.of(2018, 12, 31);
  static final ProjectProgressReport.Project PROJECT =
      new ProjectProgressReport.Project(
          "EUCB-01",
          "Capacity building on mercury trade and emissions",
          "European Union",
          new BigDecimal("1200000.00"));

  private ProgressFixture() {}

  static List<ProjectProgressRow> rows() {
    List<ProjectProgressRow> rows = new ArrayList<>();
    rows.add(ProjectProgressRow.heading(OUTPUTS, "OC1 · Trade in mercury controlled"));
    rows.add(ProjectProgressRow.heading(OUTPUTS, "OP1.1 · Customs officers trained"));
    rows.add(
        ProjectProgressRow.indicator(
            "Customs officers trained",
            "people",
            BigDecimal.ZERO,
            new BigDecimal("40"),
            new BigDecimal("30"),
            LocalDate.of(2018, 12, 15),
            new BigDecimal("75.00"),
            false));
    rows.add(
        ProjectProgressRow.indicator(
            "Parties with import procedures",
            "Parties",
            new BigDecimal("2"),
            new BigDecimal("10"),
            null,
            null,
            null,
            null));
    rows.add(
        ProjectProgressRow.activity(
            "Regional consultation for Africa",
            "REGIONAL_CONSULTATION",
            LocalDate.of(2018, 10, 9),
            LocalDate.of(2018, 10, 10),
            "Lusaka, Zambia",
            12,
            9,
            1));
    rows.add(
        ProjectProgressRow.activity(
            "Webinar on mercury trade",
            "WEBINAR",
            LocalDate.of(2018, 11, 27),
            LocalDate.of(2018, 11, 27),
            null,
            20,
            15,
            0));
    rows.add(ProjectProgressRow.activitiesTotal(32, 24, 1));
    rows.add(ProjectProgressRow.region("AFRICA", 12, 9, 1));
    rows.add(ProjectProgressRow.region("ASIA_PACIFIC", 0, 0, 0));
    rows.add(ProjectProgressRow.region("EASTERN_EUROPE", 0, 0, 0));
    rows.add(ProjectProgressRow.region("LATIN_AMERICA_CARIBBEAN", 20, 15, 0));
    rows.add(ProjectProgressRow.region("WESTERN_EUROPE_OTHERS", 0, 0, 0));
    rows.add(ProjectProgressRow.regionsTotal(32, 24, 1));
    rows.add(
        ProjectProgressRow.pilot(
            "Mercury inventory pilot", "Armenia", "ONGOING", new BigDecimal("80000.00")));
    rows.add(
        ProjectProgressRow.milestone(
            "Inception workshop",
            LocalDate.of(2018, 9, 30),
            LocalDate.of(2018, 10, 10),
            MilestoneState.COMPLETED_LATE,
            0));
    rows.add(
        ProjectProgressRow.milestone(
            "Draft inventory", LocalDate.of(2018, 11, 30), null, MilestoneState.OVERDUE, 31));
    rows.add(
        ProjectProgressRow.milestone(
            "Final report", LocalDate.of(2019, 6, 30), null, MilestoneState.OPEN, 0));
    rows.add(ProjectProgressRow.part(BUDGET, "BY_OUTPUT"));
    rows.add(
        ProjectProgressRow.spending(
            "OP1.1 · Customs officers trained",
            new BigDecimal("60000.00"),
            new BigDecimal("26200.00"),
            new BigDecimal("26200.00"),
            new BigDecimal("43.67")));
    rows.add(
        ProjectProgressRow.spendingWithoutOutput(
            new BigDecimal("10000.00"),
            BigDecimal.ZERO,
            new BigDecimal("12500.00"),
            new BigDecimal("125.00")));
    rows.add(
        ProjectProgressRow.spendingTotal(
            new BigDecimal("70000.00"),
            new BigDecimal("26200.00"),
            new BigDecimal("38700.00"),
            new BigDecimal("55.29")));
    rows.add(ProjectProgressRow.part(BUDGET, "BY_ACTIVITY"));
    rows.add(
        ProjectProgressRow.spending(
            "Regional consultation for Africa",
            new BigDecimal("60000.00"),
            new BigDecimal("26200.00"),
            new BigDecimal("26200.00"),
            new BigDecimal("43.67")));
    rows.add(
        ProjectProgressRow.spending(
            "Project management",
            new BigDecimal("10000.00"),
            BigDecimal.ZERO,
            new BigDecimal("12500.00"),
            new BigDecimal("125.00")));
    rows.add(
        ProjectProgressRow.spendingTotal(
            new BigDecimal("70000.00"),
            new BigDecimal("26200.00"),
            new BigDecimal("38700.00"),
            new BigDecimal("55.29")));
    return rows;
  }

  /** A project with nothing to report: every section says so. */
  static List<ProjectProgressRow> empty() {
    return List.of(Section.values()).stream().map(ProjectProgressRow::none).toList();
  }

  static ReportRequest request(Locale locale, ReportFormat format) {
    return request(rows(), locale, format);
  }

  static ReportRequest request(List<ProjectProgressRow> rows, Locale locale, ReportFormat format) {
    return ProjectProgressReport.request(
        PROJECT, rows, FROM, TO, TO, locale, format, USER, GENERATED_AT);
  }
}
