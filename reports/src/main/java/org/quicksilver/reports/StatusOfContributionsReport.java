package org.quicksilver.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The "Status of contributions" report: pledges, recognised revenue, receipts and amounts
 * outstanding by trust fund and donor, in original currencies and US dollars.
 */
public final class StatusOfContributionsReport {

  /** The template's name. */
  public static final String TEMPLATE = "status-of-contributions";

  /** {@code java.util.Date}: the date the figures describe, shown under the title. */
  public static final String AS_OF = "AS_OF";

  /** {@code String}, optional: a note printed after the grand totals. */
  public static final String NOTE = "NOTE";

  private StatusOfContributionsReport() {}

  /**
   * A request for this report.
   *
   * @param rows sorted by trust fund, then donor name; one currency per row
   * @param asOf the date the figures describe
   * @param note printed after the grand totals, e.g. "Figures marked illustrative are demonstration
   *     data."; null for none
   */
  public static ReportRequest request(
      List<StatusOfContributionsRow> rows,
      LocalDate asOf,
      String note,
      Locale locale,
      ReportFormat format,
      String generatedBy,
      ZonedDateTime generatedAt) {
    // The JVM's midnight: the template formats dates in the JVM's zone.
    Date asOfDate = Date.from(asOf.atStartOfDay(ZoneId.systemDefault()).toInstant());
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(AS_OF, asOfDate);
    if (note != null) {
      parameters.put(NOTE, note);
    }
    return new ReportRequest(TEMPLATE, locale, format, rows, parameters, generatedBy, generatedAt);
  }
}
