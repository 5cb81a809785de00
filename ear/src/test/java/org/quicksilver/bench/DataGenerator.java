package org.quicksilver.bench;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import javax.sql.DataSource;
import org.quicksilver.funding.UsdConversion;

/**
 * Fills a database with synthetic donors and receipts for the benchmarks: donors "Bench donor 001"…
 * (governments) and receipts spread over 2015-2024 in eight currencies, into the funds and earmarks
 * already there, each converted at its month's rate by the project's rule (see {@link
 * SyntheticRates}).
 *
 * <p>Plain JDBC batches, committed every {@value #COMMIT_EVERY} rows: the services post one receipt
 * per transaction, which is right for people and far too slow for 200,000 rows.
 *
 * <p>It tops up to the numbers asked for, so running it twice changes nothing: receipt {@code n} is
 * always the same row (its values come from a generator seeded with {@code n}) and has the id
 * {@code FIRST_ID + n}, a range that receipt_seq (from 1000 by 50) would need ten million receipts
 * to reach.
 */
public final class DataGenerator {
  static final long FIRST_ID = 10_000_000L;
  static final String BY = "bench";
  private static final String DONOR_PREFIX = "Bench donor ";
  private static final String BENCH_DONORS =
      "select name, id from organisation where name like 'Bench donor %'";
  private static final int DAYS = 3653; // 2015-01-01 to 2024-12-31
  private static final int BATCH = 1_000;
  private static final int COMMIT_EVERY = 10_000;

  private final DataSource dataSource;
  private final PrintStream out;

  /** What the database holds after a fill: bench donors and bench receipts. */
  public record Filled(long donors, long receipts, long inserted, Duration took) {}

  private record Earmark(long id, long fundId) {}

  public DataGenerator(DataSource dataSource, PrintStream out) {
    this.dataSource = dataSource;
    this.out = out;
  }

  public static String donorName(int number) {
    return DONOR_PREFIX + String.format("%03d", number);
  }

  /** Adds what is missing to reach {@code donors} bench donors and {@code receipts} receipts. */
  public Filled fill(int donors, long receipts) throws SQLException {
    long start = System.nanoTime();
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long[] donorIds = donors(c, donors);
      List<Earmark> earmarks = earmarks(c);
      SyntheticRates rates = SyntheticRates.load(c);
      long inserted = 0;
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into receipt (id, donor_id, fund_id, earmark_id, received_on, amount,"
                  + " currency_code, units_per_usd, rate_source, usd_amount, bank_reference,"
                  + " illustrative, posted_at, posted_by)"
                  + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, true, ?, ?)")) {
        for (long n = benchReceipts(c); n < receipts; n++) {
          bind(insert, n, donorIds, earmarks, rates);
          insert.addBatch();
          inserted++;
          boolean last = n == receipts - 1;
          if (inserted % BATCH == 0 || last) {
            insert.executeBatch();
          }
          if (inserted % COMMIT_EVERY == 0 || last) {
            c.commit();
            out.printf("  %,d / %,d receipts (%.1f s)%n", n + 1, receipts, seconds(start));
          }
        }
      }
      analyze(c);
      Filled filled =
          new Filled(
              Jdbc.count(c, "select count(*) from organisation where name like 'Bench donor %'"),
              benchReceipts(c),
              inserted,
              Duration.ofNanos(System.nanoTime() - start));
      c.commit();
      out.printf(
          "Bench data: %,d donors, %,d receipts (%,d inserted) in %.1f s%n",
          filled.donors(), filled.receipts(), inserted, seconds(start));
      return filled;
    }
  }

  /**
   * Brings the planner's statistics up to date, as a database in use has them (H2 and PostgreSQL
   * both refresh them after many changes, but not at once): plans then do not depend on when the
   * benchmark ran.
   */
  private static void analyze(Connection c) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.execute("analyze");
    }
    c.commit();
  }

  /** Removes the bench receipts, donors and synthetic rates, and nothing else. */
  public void removeAll() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      int receipts = s.executeUpdate("delete from receipt where id >= " + FIRST_ID);
      int donors = s.executeUpdate("delete from organisation where name like 'Bench donor %'");
      s.executeUpdate(
          "delete from exchange_rate where source = '"
              + SyntheticRates.SOURCE
              + "' and recorded_by = '"
              + BY
              + "'");
      c.commit();
      out.printf("Bench data removed: %,d donors, %,d receipts%n", donors, receipts);
    }
  }

  /**
   * Marks the receipt table as changed without changing it, as posting a receipt would. H2 hands
   * back the previous result of an identical query on unchanged tables (OPTIMIZE_REUSE_RESULTS):
   * without this, repeating a request would time that cache, not the query.
   */
  public void touchReceipts() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("update receipt set posted_by = posted_by where id = " + FIRST_ID);
    }
  }

  private static void bind(
      PreparedStatement insert,
      long n,
      long[] donorIds,
      List<Earmark> earmarks,
      SyntheticRates rates)
      throws SQLException {
    // a generator per row, so that row n is the same whatever was generated before it
    SplittableRandom random = new SplittableRandom(n);
    Earmark earmark = earmarks.get(random.nextInt(earmarks.size()));
    LocalDate day = SyntheticRates.FIRST_DAY.plusDays(random.nextInt(DAYS));
    int currency = random.nextInt(SyntheticRates.CURRENCIES.size());
    SyntheticRates.Rate rate = rates.rate(currency, day);
    BigDecimal amount =
        BigDecimal.valueOf(500 + random.nextInt(500_000))
            .multiply(rate.unitsPerUsd())
            .setScale(rates.minorUnits(currency), RoundingMode.HALF_EVEN);
    insert.setLong(1, FIRST_ID + n);
    insert.setLong(2, donorIds[random.nextInt(donorIds.length)]);
    insert.setLong(3, earmark.fundId());
    insert.setLong(4, earmark.id());
    insert.setObject(5, day);
    insert.setBigDecimal(6, amount);
    insert.setString(7, SyntheticRates.CURRENCIES.get(currency));
    insert.setBigDecimal(8, rate.unitsPerUsd());
    insert.setString(9, rate.source());
    insert.setBigDecimal(10, UsdConversion.toUsd(amount, rate.unitsPerUsd()));
    insert.setString(11, String.format("BENCH-%07d", n));
    insert.setTimestamp(12, Timestamp.valueOf(day.atTime(10, 0)));
    insert.setString(13, BY);
  }

  /** The ids of bench donors 1 to {@code wanted}, creating those that are missing. */
  private static long[] donors(Connection c, int wanted) throws SQLException {
    Map<String, Long> existing = new HashMap<>();
    Jdbc.query(c, BENCH_DONORS, r -> existing.put(r.getString(1), r.getLong(2)));
    try (PreparedStatement insert =
        c.prepareStatement("insert into organisation (name, kind) values (?, 'GOVERNMENT')")) {
      for (int i = 1; i <= wanted; i++) {
        if (!existing.containsKey(donorName(i))) {
          insert.setString(1, donorName(i));
          insert.addBatch();
        }
      }
      insert.executeBatch();
    }
    c.commit();
    Jdbc.query(c, BENCH_DONORS, r -> existing.put(r.getString(1), r.getLong(2)));
    long[] ids = new long[wanted];
    for (int i = 1; i <= wanted; i++) {
      ids[i - 1] = existing.get(donorName(i));
    }
    return ids;
  }

  private static List<Earmark> earmarks(Connection c) throws SQLException {
    List<Earmark> earmarks = new ArrayList<>();
    Jdbc.query(
        c,
        "select id, fund_id from earmark order by id",
        r -> earmarks.add(new Earmark(r.getLong(1), r.getLong(2))));
    if (earmarks.isEmpty()) {
      throw new IllegalStateException(
          "No earmark to put receipts in: load the demo data (QUICKSILVER_DEMO=true) first");
    }
    return earmarks;
  }

  /** How many bench receipts there are: they are numbered from 0, without gaps. */
  private static long benchReceipts(Connection c) throws SQLException {
    long count = Jdbc.count(c, "select count(*) from receipt where id >= " + FIRST_ID);
    long next =
        Jdbc.count(
            c,
            "select coalesce(max(id) + 1, " + FIRST_ID + ") from receipt where id >= " + FIRST_ID);
    if (next - FIRST_ID != count) {
      throw new IllegalStateException("Bench receipts have gaps: remove them and start again");
    }
    return count;
  }

  private static double seconds(long startNanos) {
    return (System.nanoTime() - startNanos) / 1e9;
  }
}
