package org.quicksilver.reports;

import static org.quicksilver.reports.DonorReportRow.Figure.ALLOCATED_UNSPENT;
import static org.quicksilver.reports.DonorReportRow.Figure.ATTRIBUTED;
import static org.quicksilver.reports.DonorReportRow.Figure.EXCHANGE_DIFFERENCE;
import static org.quicksilver.reports.DonorReportRow.Figure.OUTSTANDING;
import static org.quicksilver.reports.DonorReportRow.Figure.PLEDGED;
import static org.quicksilver.reports.DonorReportRow.Figure.RECEIVED;
import static org.quicksilver.reports.DonorReportRow.Figure.SPENT;
import static org.quicksilver.reports.DonorReportRow.Figure.UNALLOCATED;
import static org.quicksilver.reports.DonorReportRow.Use.ACTIVITY;
import static org.quicksilver.reports.DonorReportRow.Use.GRANT;
import static org.quicksilver.reports.DonorReportRow.Use.OTHER;
import static org.quicksilver.reports.DonorReportRow.Use.PILOT;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.quicksilver.reports.DonorReportRow.Section;

/**
 * A donor's 2018: a yen pledge paid in full at a better rate than pledged, a dollar agreement with
 * conditions partly paid, an older yen agreement overdue; five receipts, one of them reversed;
 * money in two funds; a grant, two activities (one online), a pilot project with a status the
 * bundle does not know, and an allocation with no target; participants from four regions; three
 * reporting obligations. The totals add up.
 */
final class DonorReportFixture {

  static final String USER = "Amélie Dupont-Ngô";
  static final String DONOR = "Ministry of the Environment of Japan";
  static final String UNKNOWN_PILOT_STATUS = "PAUSED";
  static final ZonedDateTime GENERATED_AT =
      ZonedDateTime.of(2019, 2, 4, 10, 30, 0, 0, ZoneId.of("Europe/Zurich"));
  static final LocalDate FROM = LocalDate.of(2018, 1, 1);
  static final LocalDate TO = LocalDate.of(2018, 12, 31);
  static final LocalDate DATA_AS_OF = LocalDate.of(2019, 1, 31);

  private DonorReportFixture() {}

  static List<DonorReportRow> rows() {
    List<DonorReportRow> rows = new ArrayList<>();
    rows.add(DonorReportRow.figure(PLEDGED, usd("654545.45")));
    rows.add(DonorReportRow.figure(RECEIVED, usd("579981.60")));
    rows.add(DonorReportRow.figure(EXCHANGE_DIFFERENCE, usd("5436.15")));
    rows.add(DonorReportRow.figure(ATTRIBUTED, usd("380000.00")));
    rows.add(DonorReportRow.figure(SPENT, usd("180000.00")));
    rows.add(DonorReportRow.figure(UNALLOCATED, usd("199981.60")));
    rows.add(DonorReportRow.figure(ALLOCATED_UNSPENT, usd("200000.00")));
    rows.add(DonorReportRow.figure(OUTSTANDING, usd("186666.67")));

    rows.add(
        DonorReportRow.pledge(
            "PLEDGE",
            "JP-2018-01",
            "SIP",
            "GENERAL",
            LocalDate.of(2018, 3, 1),
            usd("50000000.00"),
            "JPY",
            new BigDecimal("110.000000"),
            usd("454545.45"),
            usd("459981.60"),
            usd("5436.15"),
            usd("0.00"),
            "PAID"));
    rows.add(
        DonorReportRow.pledge(
            "CONDITIONAL_AGREEMENT",
            "JP-2018-02",
            "GTF",
            "COP",
            LocalDate.of(2018, 5, 15),
            usd("200000.00"),
            "USD",
            new BigDecimal("1.000000"),
            usd("200000.00"),
            usd("120000.00"),
            usd("0.00"),
            usd("80000.00"),
            "PARTLY_PAID"));
    rows.add(
        DonorReportRow.pledge(
            "AGREEMENT",
            "JP-2017-04",
            "SIP",
            "GENERAL",
            LocalDate.of(2017, 11, 20),
            usd("12000000.00"),
            "JPY",
            new BigDecimal("112.500000"),
            usd("106666.67"),
            usd("0.00"),
            usd("0.00"),
            usd("106666.67"),
            "OVERDUE"));
    rows.add(
        DonorReportRow.pledgesTotal(
            usd("761212.12"), usd("579981.60"), usd("5436.15"), usd("186666.67")));

    rows.add(
        receipt(
            LocalDate.of(2018, 4, 10),
            "SIP",
            "GENERAL",
            "JP-2018-01",
            "MUFG-180410",
            "30000000.00",
            "JPY",
            "108.700000",
            "275988.96",
            false));
    rows.add(
        receipt(
            LocalDate.of(2018, 6, 5),
            "SIP",
            "GENERAL",
            "JP-2018-01",
            "MUFG-180605",
            "20000000.00",
            "JPY",
            "108.700000",
            "183992.64",
            false));
    rows.add(
        receipt(
            LocalDate.of(2018, 7, 2),
            "GTF",
            "COP",
            "JP-2018-02",
            "MUFG-180702",
            "120000.00",
            "USD",
            "1.000000",
            "120000.00",
            false));
    rows.add(
        receipt(
            LocalDate.of(2018, 9, 14),
            "GTF",
            "COP",
            null,
            "MUFG-180914",
            "1000000.00",
            "JPY",
            "111.200000",
            "8992.81",
            false));
    rows.add(
        receipt(
            LocalDate.of(2018, 9, 20),
            "GTF",
            "COP",
            null,
            "MUFG-180914-R",
            "-1000000.00",
            "JPY",
            "111.200000",
            "-8992.81",
            true));
    rows.add(DonorReportRow.receiptsTotal(usd("579981.60")));

    rows.add(
        DonorReportRow.earmark(
            "GTF",
            "General Trust Fund",
            "COP",
            "Support to delegates at the COP",
            usd("120000.00"),
            usd("80000.00"),
            usd("60000.00")));
    rows.add(
        DonorReportRow.earmark(
            "SIP",
            "Specific International Programme",
            "GENERAL",
            null,
            usd("459981.60"),
            usd("300000.00"),
            usd("120000.00")));
    rows.add(DonorReportRow.earmarksTotal(usd("579981.60"), usd("380000.00"), usd("180000.00")));

    rows.add(DonorReportRow.useHeading(GRANT));
    rows.add(
        DonorReportRow.use(
            GRANT,
            "SIP-2018-07",
            "Mercury inventory and action plan in Ghana",
            "Ghana",
            LocalDate.of(2018, 6, 1),
            LocalDate.of(2020, 5, 31),
            "ACTIVE",
            usd("250000.00"),
            usd("200000.00"),
            usd("100000.00"),
            null,
            null,
            null));
    rows.add(DonorReportRow.usesTotal(GRANT, usd("250000.00"), usd("200000.00"), usd("100000.00")));
    rows.add(DonorReportRow.useHeading(ACTIVITY));
    rows.add(
        DonorReportRow.use(
            ACTIVITY,
            "ACT-2018-12",
            "Regional workshop on artisanal gold mining",
            "Lusaka, Zambia",
            LocalDate.of(2018, 10, 9),
            LocalDate.of(2018, 10, 11),
            "HELD",
            usd("60000.00"),
            usd("40000.00"),
            usd("35000.00"),
            14,
            10,
            1));
    rows.add(
        DonorReportRow.use(
            ACTIVITY,
            "ACT-2018-15",
            "Webinar on mercury trade",
            null,
            LocalDate.of(2018, 11, 27),
            LocalDate.of(2018, 11, 27),
            "HELD",
            usd("5000.00"),
            usd("5000.00"),
            usd("5000.00"),
            9,
            7,
            0));
    rows.add(DonorReportRow.usesTotal(ACTIVITY, usd("65000.00"), usd("45000.00"), usd("40000.00")));
    rows.add(DonorReportRow.useHeading(PILOT));
    rows.add(
        DonorReportRow.use(
            PILOT,
            "PP-AM",
            "Mercury inventory pilot",
            "Armenia",
            LocalDate.of(2018, 9, 1),
            LocalDate.of(2019, 8, 31),
            UNKNOWN_PILOT_STATUS,
            usd("80000.00"),
            usd("55000.00"),
            usd("40000.00"),
            null,
            null,
            null));
    rows.add(DonorReportRow.usesTotal(PILOT, usd("80000.00"), usd("55000.00"), usd("40000.00")));
    rows.add(DonorReportRow.useHeading(OTHER));
    rows.add(
        DonorReportRow.use(
            OTHER,
            null,
            "Translation of the guidance documents",
            null,
            null,
            null,
            null,
            usd("100000.00"),
            usd("80000.00"),
            usd("0.00"),
            null,
            null,
            null));
    rows.add(DonorReportRow.usesTotal(OTHER, usd("100000.00"), usd("80000.00"), usd("0.00")));
    rows.add(DonorReportRow.usesTotal(null, usd("495000.00"), usd("380000.00"), usd("180000.00")));

    rows.add(DonorReportRow.region("AFRICA", 14, 10, 1));
    rows.add(DonorReportRow.region("ASIA_PACIFIC", 3, 4, 0));
    rows.add(DonorReportRow.region("EASTERN_EUROPE", 0, 0, 0));
    rows.add(DonorReportRow.region("LATIN_AMERICA_CARIBBEAN", 4, 2, 0));
    rows.add(DonorReportRow.region("WESTERN_EUROPE_OTHERS", 2, 1, 0));
    rows.add(DonorReportRow.regionsTotal(23, 17, 1));

    rows.add(
        DonorReportRow.obligation(
            "Interim report on the agreement with conditions",
            "JP-2018-02",
            LocalDate.of(2018, 9, 30),
            LocalDate.of(2018, 9, 25),
            "SENT"));
    rows.add(
        DonorReportRow.obligation(
            "Report on the 2017 agreement",
            "JP-2017-04",
            LocalDate.of(2018, 6, 30),
            null,
            "OVERDUE"));
    rows.add(
        DonorReportRow.obligation(
            "Annual narrative and financial report 2018",
            "JP-2018-01",
            LocalDate.of(2018, 12, 31),
            null,
            "DUE"));
    return rows;
  }

  /** A donor with nothing for the period: every section says so. */
  static List<DonorReportRow> empty() {
    return List.of(Section.values()).stream().map(DonorReportRow::none).toList();
  }

  /** The fixture with {@code count} more receipts, alternating yen and euros. */
  static List<DonorReportRow> withReceipts(int count) {
    List<DonorReportRow> rows = new ArrayList<>();
    for (DonorReportRow row : rows()) {
      if ("RECEIPTS".equals(row.getSection()) && "TOTAL".equals(row.getKind())) {
        LocalDate day = FROM;
        for (int i = 0; i < count; i++) {
          boolean yen = i % 2 == 0;
          rows.add(
              receipt(
                  day.plusDays(i % 365),
                  "SIP",
                  "GENERAL",
                  "JP-2018-01",
                  "BULK-" + i,
                  yen ? "1000000.00" : "9000.00",
                  yen ? "JPY" : "EUR",
                  yen ? "110.000000" : "0.900000",
                  yen ? "9090.91" : "10000.00",
                  false));
        }
      }
      rows.add(row);
    }
    return rows;
  }

  /** The donor's country in the report's language. */
  static String country(Locale locale) {
    return new Locale("", "JP").getDisplayCountry(locale);
  }

  static ReportRequest request(Locale locale, ReportFormat format) {
    return request(rows(), locale, format);
  }

  static ReportRequest request(List<DonorReportRow> rows, Locale locale, ReportFormat format) {
    return DonorReport.request(
        new DonorReport.Donor(DONOR, country(locale), true),
        rows,
        FROM,
        TO,
        DATA_AS_OF,
        locale,
        format,
        USER,
        GENERATED_AT);
  }

  private static DonorReportRow receipt(
      LocalDate on,
      String fund,
      String earmark,
      String pledge,
      String bankReference,
      String amount,
      String currency,
      String unitsPerUsd,
      String usd,
      boolean reversal) {
    return DonorReportRow.receipt(
        on,
        fund,
        earmark,
        pledge,
        bankReference,
        new BigDecimal(amount),
        currency,
        new BigDecimal(unitsPerUsd),
        new BigDecimal(usd),
        reversal);
  }

  private static BigDecimal usd(String amount) {
    return new BigDecimal(amount);
  }
}
