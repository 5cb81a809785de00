package org.quicksilver.bench;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import org.quicksilver.funding.UsdConversion;

/**
 * The monthly rate of each of the benchmark's eight currencies over 2015-2024: the one in
 * exchange_rate where there is one, else a synthetic one, added to the table (source {@value
 * #SOURCE}) so that every generated receipt cites a rate the application knows.
 */
final class SyntheticRates {
  static final String SOURCE = "Benchmark rates (synthetic)";
  static final List<String> CURRENCIES =
      List.of("EUR", "JPY", "SEK", "CHF", "NOK", "CAD", "USD", "GBP");
  static final LocalDate FIRST_DAY = LocalDate.of(2015, 1, 1);
  static final int MONTHS = 120;
  private static final double[] UNITS_PER_USD = {0.9, 110, 9.2, 0.97, 8.9, 1.31, 1, 0.78};

  /** A rate as a receipt records it. */
  record Rate(BigDecimal unitsPerUsd, String source) {}

  private final Rate[][] rates = new Rate[CURRENCIES.size()][MONTHS];
  private final int[] minorUnits = new int[CURRENCIES.size()];

  /** Reads the rates and the currencies' minor units, adding the missing months' rates. */
  static SyntheticRates load(Connection c) throws SQLException {
    SyntheticRates loaded = new SyntheticRates();
    loaded.read(c);
    loaded.addMissing(c);
    return loaded;
  }

  Rate rate(int currency, LocalDate day) {
    return rates[currency][month(day)];
  }

  int minorUnits(int currency) {
    return minorUnits[currency];
  }

  private static int month(LocalDate day) {
    return (day.getYear() - FIRST_DAY.getYear()) * 12 + day.getMonthValue() - 1;
  }

  private void read(Connection c) throws SQLException {
    Jdbc.query(
        c,
        "select currency_code, rate_month, units_per_usd, source from exchange_rate"
            + " where rate_month >= DATE '2015-01-01' and rate_month < DATE '2025-01-01'",
        r -> {
          int currency = CURRENCIES.indexOf(r.getString(1));
          if (currency >= 0) {
            LocalDate month = r.getObject(2, LocalDate.class);
            rates[currency][month(month)] = new Rate(r.getBigDecimal(3), r.getString(4));
          }
        });
    Jdbc.query(
        c,
        "select code, minor_units from currency",
        r -> {
          int currency = CURRENCIES.indexOf(r.getString(1));
          if (currency >= 0) {
            minorUnits[currency] = r.getInt(2);
          }
        });
  }

  private void addMissing(Connection c) throws SQLException {
    try (PreparedStatement insert =
        c.prepareStatement(
            "insert into exchange_rate (currency_code, rate_month, units_per_usd, source,"
                + " recorded_at, recorded_by) values (?, ?, ?, ?, ?, ?)")) {
      for (int currency = 0; currency < CURRENCIES.size(); currency++) {
        for (int month = 0; month < MONTHS; month++) {
          if (CURRENCIES.get(currency).equals(UsdConversion.USD)) {
            rates[currency][month] = new Rate(BigDecimal.ONE, UsdConversion.USD);
          } else if (rates[currency][month] == null) {
            // a slow swing of ±6 % around a plausible level, out of step between currencies
            double swing = 1 + 0.06 * Math.sin(month / 9.0 + currency);
            BigDecimal units =
                BigDecimal.valueOf(UNITS_PER_USD[currency] * swing)
                    .setScale(4, RoundingMode.HALF_EVEN);
            LocalDate first = FIRST_DAY.plusMonths(month);
            insert.setString(1, CURRENCIES.get(currency));
            insert.setObject(2, first);
            insert.setBigDecimal(3, units);
            insert.setString(4, SOURCE);
            insert.setTimestamp(5, Timestamp.valueOf(first.atTime(9, 0)));
            insert.setString(6, DataGenerator.BY);
            insert.addBatch();
            rates[currency][month] = new Rate(units, SOURCE);
          }
        }
      }
      insert.executeBatch();
    }
    c.commit();
  }
}
