package org.quicksilver.reports;

import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Thirty countries in five regional groups, named in the report's language. */
final class PartiesFixture {

  static final String USER = "Amélie Dupont-Ngô";
  static final ZonedDateTime GENERATED_AT =
      ZonedDateTime.of(2025, 3, 31, 14, 30, 0, 0, ZoneId.of("Europe/Zurich"));
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);

  private static final List<String> REGION_ORDER =
      List.of(
          "AFRICA",
          "ASIA_PACIFIC",
          "EASTERN_EUROPE",
          "LATIN_AMERICA_CARIBBEAN",
          "WESTERN_EUROPE_OTHERS");

  // iso, region, status, party since (or ""), SIP eligibility
  private static final String[][] COUNTRIES = {
    {"BJ", "AFRICA", "PARTY", "2016-11-07", "DEVELOPING_COUNTRY"},
    {"BW", "AFRICA", "PARTY", "2016-06-03", "DEVELOPING_COUNTRY"},
    {"CI", "AFRICA", "SIGNATORY", "", "DEVELOPING_COUNTRY"},
    {"GH", "AFRICA", "PARTY", "2017-03-23", "DEVELOPING_COUNTRY"},
    {"KE", "AFRICA", "SIGNATORY", "", "DEVELOPING_COUNTRY"},
    {"NG", "AFRICA", "PARTY", "2018-02-01", "DEVELOPING_COUNTRY"},
    {"ZM", "AFRICA", "PARTY", "2016-03-11", "DEVELOPING_COUNTRY"},
    {"BD", "ASIA_PACIFIC", "NON_PARTY", "", "DEVELOPING_COUNTRY"},
    {"CN", "ASIA_PACIFIC", "PARTY", "2016-08-31", "DEVELOPING_COUNTRY"},
    {"ID", "ASIA_PACIFIC", "PARTY", "2017-09-22", "DEVELOPING_COUNTRY"},
    {"JP", "ASIA_PACIFIC", "PARTY", "2016-02-02", "NOT_ELIGIBLE"},
    {"LK", "ASIA_PACIFIC", "PARTY", "2017-06-19", "DEVELOPING_COUNTRY"},
    {"MN", "ASIA_PACIFIC", "PARTY", "2015-09-28", "DEVELOPING_COUNTRY"},
    {"TH", "ASIA_PACIFIC", "PARTY", "2017-06-22", "DEVELOPING_COUNTRY"},
    {"AM", "EASTERN_EUROPE", "PARTY", "2017-12-13", "ECONOMY_IN_TRANSITION"},
    {"GE", "EASTERN_EUROPE", "SIGNATORY", "", "ECONOMY_IN_TRANSITION"},
    {"MD", "EASTERN_EUROPE", "PARTY", "2017-06-20", "ECONOMY_IN_TRANSITION"},
    {"RO", "EASTERN_EUROPE", "PARTY", "2017-06-18", "NOT_ELIGIBLE"},
    {"UA", "EASTERN_EUROPE", "NON_PARTY", "", "ECONOMY_IN_TRANSITION"},
    {"AR", "LATIN_AMERICA_CARIBBEAN", "PARTY", "2017-09-25", "DEVELOPING_COUNTRY"},
    {"BR", "LATIN_AMERICA_CARIBBEAN", "PARTY", "2017-08-08", "DEVELOPING_COUNTRY"},
    {"CO", "LATIN_AMERICA_CARIBBEAN", "PARTY", "2019-08-26", "DEVELOPING_COUNTRY"},
    {"MX", "LATIN_AMERICA_CARIBBEAN", "PARTY", "2015-09-29", "DEVELOPING_COUNTRY"},
    {"PE", "LATIN_AMERICA_CARIBBEAN", "PARTY", "2016-01-21", "DEVELOPING_COUNTRY"},
    {"UY", "LATIN_AMERICA_CARIBBEAN", "PARTY", "2014-09-24", "DEVELOPING_COUNTRY"},
    {"AT", "WESTERN_EUROPE_OTHERS", "PARTY", "2017-06-12", "NOT_ELIGIBLE"},
    {"CA", "WESTERN_EUROPE_OTHERS", "PARTY", "2017-04-07", "NOT_ELIGIBLE"},
    {"CH", "WESTERN_EUROPE_OTHERS", "PARTY", "2016-05-25", "NOT_ELIGIBLE"},
    {"FR", "WESTERN_EUROPE_OTHERS", "PARTY", "2017-06-15", "NOT_ELIGIBLE"},
    {"SE", "WESTERN_EUROPE_OTHERS", "PARTY", "2017-05-18", "NOT_ELIGIBLE"},
  };

  private PartiesFixture() {}

  /** Rows as the report expects them: by regional group, then by name in the locale's order. */
  static List<PartyEligibilityRow> rows(Locale locale) {
    Comparator<PartyEligibilityRow> byGroup =
        Comparator.comparing(row -> REGION_ORDER.indexOf(row.getRegionalGroup()));
    Collator names = Collator.getInstance(locale);
    return Arrays.stream(COUNTRIES)
        .map(country -> row(country, locale))
        .sorted(byGroup.thenComparing(PartyEligibilityRow::getCountryName, names))
        .toList();
  }

  /** A request with a free note line, which the typed {@link PartiesEligibilityReport} omits. */
  static ReportRequest request(Locale locale, ReportFormat format, String note) {
    Date asOf = Date.from(AS_OF.atStartOfDay(ZoneId.systemDefault()).toInstant());
    return new ReportRequest(
        PartiesEligibilityReport.TEMPLATE,
        locale,
        format,
        rows(locale),
        Map.of(PartiesEligibilityReport.AS_OF, asOf, PartiesEligibilityReport.NOTE, note),
        USER,
        GENERATED_AT);
  }

  private static PartyEligibilityRow row(String[] country, Locale locale) {
    String iso = country[0];
    LocalDate partySince = country[3].isEmpty() ? null : LocalDate.parse(country[3]);
    return new PartyEligibilityRow(
        country[1],
        iso,
        new Locale("", iso).getDisplayCountry(locale),
        country[2],
        partySince,
        country[4]);
  }
}
