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
 * The donor report: for one donor and a period, a cover and summary, what it pledged, agreed and
 * paid (original currency and USD, exchange differences), its money by fund and earmark, what that
 * money paid for (grants, activities and events, pilot projects) with the amount attributed to the
 * donor, participants by region and gender, reporting obligations, and charts (money by fund, use
 * by kind of work, participants by region) in the PDF.
 */
public final class DonorReport {

  /** The template's name. */
  public static final String TEMPLATE = "donor-report";

  /** {@code String}: the donor's name. */
  public static final String DONOR_NAME = "DONOR_NAME";

  /** {@code String}, optional: the donor's country, in the report's language. */
  public static final String DONOR_COUNTRY = "DONOR_COUNTRY";

  /** {@code java.util.Date}: the period's first and last day. */
  public static final String PERIOD_FROM = "PERIOD_FROM";

  public static final String PERIOD_TO = "PERIOD_TO";

  /**
   * {@code java.util.Date}: the data as it stood at the end of this day (records posted later are
   * left out).
   */
  public static final String DATA_AS_OF = "DATA_AS_OF";

  /** {@code Boolean}: some of the figures are illustrative (demonstration) data. */
  public static final String ILLUSTRATIVE = "ILLUSTRATIVE";

  private DonorReport() {}

  /** The donor the report is for. */
  public record Donor(String name, String countryName, boolean illustrative) {
    public Donor {
      Objects.requireNonNull(name, "name");
    }
  }

  /**
   * @param rows the report's lines, built with {@link DonorReportRow}'s factories, in print order
   * @param dataAsOf the day whose end the data is taken at
   */
  public static ReportRequest request(
      Donor donor,
      List<DonorReportRow> rows,
      LocalDate from,
      LocalDate to,
      LocalDate dataAsOf,
      Locale locale,
      ReportFormat format,
      String generatedBy,
      ZonedDateTime generatedAt) {
    Map<String, Object> parameters = new HashMap<>();
    parameters.put(DONOR_NAME, donor.name());
    if (donor.countryName() != null) {
      parameters.put(DONOR_COUNTRY, donor.countryName());
    }
    parameters.put(PERIOD_FROM, date(from));
    parameters.put(PERIOD_TO, date(to));
    parameters.put(DATA_AS_OF, date(dataAsOf));
    parameters.put(ILLUSTRATIVE, donor.illustrative());
    return new ReportRequest(TEMPLATE, locale, format, rows, parameters, generatedBy, generatedAt);
  }

  // The JVM's midnight: the template formats dates in the JVM's zone.
  private static Date date(LocalDate day) {
    return Date.from(
        Objects.requireNonNull(day, "day").atStartOfDay(ZoneId.systemDefault()).toInstant());
  }
}
