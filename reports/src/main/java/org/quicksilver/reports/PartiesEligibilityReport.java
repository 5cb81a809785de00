package org.quicksilver.reports;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The "Parties and SIP eligibility by region" report: its template and how to ask for it. */
public final class PartiesEligibilityReport {

  /** The template's name. */
  public static final String TEMPLATE = "parties-eligibility";

  /** {@code java.util.Date}: the date the data describes, shown under the title. */
  public static final String AS_OF = "AS_OF";

  /** {@code String}, optional: a line under the date, e.g. the filters applied. */
  public static final String NOTE = "NOTE";

  private PartiesEligibilityReport() {}

  /**
   * A request for this report.
   *
   * @param rows sorted by regional group, then country name
   * @param asOf the date the data describes
   */
  public static ReportRequest request(
      List<PartyEligibilityRow> rows,
      LocalDate asOf,
      Locale locale,
      ReportFormat format,
      String generatedBy,
      ZonedDateTime generatedAt) {
    // The JVM's midnight, like PartyEligibilityRow: the template formats dates in the JVM's zone.
    Date asOfDate = Date.from(asOf.atStartOfDay(ZoneId.systemDefault()).toInstant());
    return new ReportRequest(
        TEMPLATE, locale, format, rows, Map.of(AS_OF, asOfDate), generatedBy, generatedAt);
  }
}
