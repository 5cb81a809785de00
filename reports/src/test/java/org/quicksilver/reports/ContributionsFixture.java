package org.quicksilver.reports;

import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Ten contribution lines in two trust funds, named in the report's language. EUR, CHF, NOK, SEK and
 * USD have two decimals, JPY none and KWD three.
 */
final class ContributionsFixture {

  static final String USER = "Amélie Dupont-Ngô";
  static final ZonedDateTime GENERATED_AT =
      ZonedDateTime.of(2025, 3, 31, 14, 30, 0, 0, ZoneId.of("Europe/Zurich"));
  static final LocalDate AS_OF = LocalDate.of(2025, 3, 31);
  static final String NOTE = "Figures marked illustrative are demonstration data.";

  static final String GENERAL = "GENERAL";
  static final String SIP = "SIP";
  private static final List<String> FUND_ORDER = List.of(GENERAL, SIP);

  private static final Map<String, String[]> NAMES =
      Map.ofEntries(
          // en, fr, es
          Map.entry(
              GENERAL,
              new String[] {
                "General Trust Fund",
                "Fonds d’affectation spéciale général",
                "Fondo Fiduciario General"
              }),
          Map.entry(
              SIP,
              new String[] {
                "Specific International Programme Trust Fund",
                "Fonds d’affectation spéciale pour le Programme international spécifique",
                "Fondo Fiduciario del Programa Internacional Específico"
              }),
          Map.entry("AT", new String[] {"Austria", "Autriche", "Austria"}),
          Map.entry(
              "EU",
              new String[] {"European Commission", "Commission européenne", "Comisión Europea"}),
          Map.entry("JP", new String[] {"Japan", "Japon", "Japón"}),
          Map.entry("KW", new String[] {"Kuwait", "Koweït", "Kuwait"}),
          Map.entry("CH", new String[] {"Switzerland", "Suisse", "Suiza"}),
          Map.entry("TR", new String[] {"Türkiye", "Türkiye", "Türkiye"}),
          Map.entry("NO", new String[] {"Norway", "Norvège", "Noruega"}),
          Map.entry("SE", new String[] {"Sweden", "Suède", "Suecia"}));

  // fund, donor, currency, minor units, pledged, pledged USD, recognised USD, received,
  // received USD, outstanding, outstanding USD
  private static final String[][] LINES = {
    {
      GENERAL,
      "AT",
      "EUR",
      "2",
      "200000.00",
      "216450.22",
      "216450.22",
      "200000.00",
      "216450.22",
      "0.00",
      "0.00"
    },
    {
      GENERAL,
      "EU",
      "EUR",
      "2",
      "1500000.00",
      "1623376.62",
      "1082251.08",
      "1000000.00",
      "1082251.08",
      "500000.00",
      "541125.54"
    },
    {
      GENERAL,
      "JP",
      "JPY",
      "0",
      "150000000",
      "1000000.00",
      "1000000.00",
      "75000000",
      "500000.00",
      "75000000",
      "500000.00"
    },
    {
      GENERAL,
      "KW",
      "KWD",
      "3",
      "30750.125",
      "100000.41",
      "0.00",
      "0.000",
      "0.00",
      "30750.125",
      "100000.41"
    },
    {
      GENERAL,
      "CH",
      "CHF",
      "2",
      "400000.00",
      "449438.20",
      "449438.20",
      "400000.00",
      "449438.20",
      "0.00",
      "0.00"
    },
    {
      GENERAL,
      "TR",
      "USD",
      "2",
      "25000.00",
      "25000.00",
      "25000.00",
      "12500.00",
      "12500.00",
      "12500.00",
      "12500.00"
    },
    {
      SIP,
      "NO",
      "NOK",
      "2",
      "5000000.00",
      "471698.11",
      "471698.11",
      "2500000.00",
      "235849.06",
      "2500000.00",
      "235849.05"
    },
    {
      SIP,
      "SE",
      "SEK",
      "2",
      "3000000.00",
      "283018.87",
      "0.00",
      "0.00",
      "0.00",
      "3000000.00",
      "283018.87"
    },
    {
      SIP,
      "JP",
      "JPY",
      "0",
      "30000000",
      "200000.00",
      "200000.00",
      "30000000",
      "200000.00",
      "0",
      "0.00"
    },
    {
      SIP,
      "EU",
      "EUR",
      "2",
      "750000.00",
      "811688.31",
      "811688.31",
      "750000.00",
      "811688.31",
      "0.00",
      "0.00"
    },
  };

  private ContributionsFixture() {}

  /** A name in the report's language: English, French or Spanish. */
  static String name(String key, Locale locale) {
    int index = List.of("en", "fr", "es").indexOf(locale.getLanguage());
    return NAMES.get(key)[Math.max(index, 0)];
  }

  /** Rows as the report expects them: by fund, then by donor name in the locale's order. */
  static List<StatusOfContributionsRow> rows(Locale locale) {
    Collator names = Collator.getInstance(locale);
    Comparator<String[]> byFund = Comparator.comparing(line -> FUND_ORDER.indexOf(line[0]));
    return Arrays.stream(LINES)
        .sorted(byFund.thenComparing(line -> name(line[1], locale), names))
        .map(line -> row(line, locale))
        .toList();
  }

  static ReportRequest request(Locale locale, ReportFormat format) {
    return StatusOfContributionsReport.request(
        rows(locale), AS_OF, NOTE, locale, format, USER, GENERATED_AT);
  }

  private static StatusOfContributionsRow row(String[] line, Locale locale) {
    return new StatusOfContributionsRow(
        name(line[0], locale),
        name(line[1], locale),
        line[2],
        Integer.parseInt(line[3]),
        new BigDecimal(line[4]),
        new BigDecimal(line[5]),
        new BigDecimal(line[6]),
        new BigDecimal(line[7]),
        new BigDecimal(line[8]),
        new BigDecimal(line[9]),
        new BigDecimal(line[10]));
  }
}
