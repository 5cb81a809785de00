package org.quicksilver.reports;

import java.math.BigDecimal;
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
 * The "Project progress report" for a project and a period: outputs and indicators against their
 * targets, activities held with participants, participants by region and gender, pilot projects and
 * their milestones, and budget against actual cost. Participants are counted, never named.
 */
public final class ProjectProgressReport {

  /** The template's name. */
  public static final String TEMPLATE = "project-progress";

  /** {@code String}: the project's code. */
  public static final String PROJECT_CODE = "PROJECT_CODE";

  /** {@code String}: the project's title. */
  public static final String PROJECT_TITLE = "PROJECT_TITLE";

  /** {@code String}: the donor that funds the project. */
  public static final String DONOR_NAME = "DONOR_NAME";

  /** {@code BigDecimal}: the project's budget in US dollars. */
  public static final String BUDGET_USD = "BUDGET_USD";

  /** {@code java.util.Date}: the period's first day. */
  public static final String PERIOD_FROM = "PERIOD_FROM";

  /** {@code java.util.Date}: the period's last day. */
  public static final String PERIOD_TO = "PERIOD_TO";

  /** {@code java.util.Date}: the day milestones and costs are taken at (period end, or today). */
  public static final String AS_OF = "AS_OF";

  private ProjectProgressReport() {}

  /** What the report's heading says about the project. */
  public record Project(String code, String title, String donorName, BigDecimal budgetUsd) {
    public Project {
      Objects.requireNonNull(code, "code");
      Objects.requireNonNull(title, "title");
      Objects.requireNonNull(donorName, "donorName");
      Objects.requireNonNull(budgetUsd, "budgetUsd");
    }
  }

  /**
   * A request for this report.
   *
   * @param rows in print order: sections in {@link ProjectProgressRow.Section} order, every section
   *     present (a {@link ProjectProgressRow#none} line when it has nothing)
   * @param from the period's first day
   * @param to the period's last day, not before {@code from}
   * @param asOf the day milestones are judged overdue and costs are counted to: the period's end,
   *     or today if the period has not ended
   */
  public static ReportRequest request(
      Project project,
      List<ProjectProgressRow> rows,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      Locale locale,
      ReportFormat format,
      String generatedBy,
      ZonedDateTime generatedAt) {
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("The period ends before it starts: " + from + " " + to);
    }
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(PROJECT_CODE, project.code());
    parameters.put(PROJECT_TITLE, project.title());
    parameters.put(DONOR_NAME, project.donorName());
    parameters.put(BUDGET_USD, project.budgetUsd());
    parameters.put(PERIOD_FROM, date(from));
    parameters.put(PERIOD_TO, date(to));
    parameters.put(AS_OF, date(asOf));
    return new ReportRequest(TEMPLATE, locale, format, rows, parameters, generatedBy, generatedAt);
  }

  // The JVM's midnight: the template formats dates in the JVM's zone.
  private static Date date(LocalDate day) {
    return Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
