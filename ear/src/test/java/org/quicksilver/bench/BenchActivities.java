package org.quicksilver.bench;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Activities paid by one bench donor, for the donor report benchmark: each activity gets an
 * allocation from the earmark holding most of the donor's bench receipts, attributed wholly to that
 * donor, and five participants from countries of every region. Plain JDBC batches, like {@link
 * DataGenerator}; everything it adds is named "Bench activity …" or recorded by "bench", and {@link
 * #removeAll()} takes it away again (with the reports generated for bench donors), so the receipts
 * benchmark can remove its donors afterwards.
 */
final class BenchActivities {
  static final String TITLE_PREFIX = "Bench activity ";
  private static final BigDecimal COST = new BigDecimal("1000.00");
  private static final String[] GENDERS = {"FEMALE", "MALE", "FEMALE", "MALE", "UNDISCLOSED"};
  private static final int BATCH = 500;

  private final DataSource dataSource;

  BenchActivities(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** Tops the donor's bench activities up to {@code wanted}; returns how many it has. */
  long fill(long donorId, long wanted) throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      long have =
          Jdbc.count(
              c,
              "select count(*) from allocation a join allocation_share s on s.allocation_id = a.id"
                  + " where a.recorded_by = 'bench' and s.donor_id = "
                  + donorId);
      long[] earmark = richestEarmark(c, donorId);
      List<Long> countries = new ArrayList<>();
      Jdbc.query(
          c,
          "select min(id) from country where regional_group is not null group by regional_group",
          r -> countries.add(r.getLong(1)));
      try (PreparedStatement activity =
              c.prepareStatement(
                  "insert into activity (activity_type, title, start_on, end_on, online, status,"
                      + " illustrative) values ('WEBINAR', ?, ?, ?, true, 'HELD', true)",
                  Statement.RETURN_GENERATED_KEYS);
          PreparedStatement allocation =
              c.prepareStatement(
                  "insert into allocation (fund_id, earmark_id, purpose, target_kind, target_id,"
                      + " amount_usd, allocated_on, recorded_at, recorded_by)"
                      + " values (?, ?, ?, 'ACTIVITY', ?, ?, ?, ?, 'bench')",
                  Statement.RETURN_GENERATED_KEYS);
          PreparedStatement share =
              c.prepareStatement(
                  "insert into allocation_share (allocation_id, donor_id, amount_usd)"
                      + " values (?, ?, ?)");
          PreparedStatement participant =
              c.prepareStatement(
                  "insert into participant (activity_id, country_id, gender, participant_role,"
                      + " recorded_at, recorded_by) values (?, ?, ?, 'DELEGATE', ?, 'bench')")) {
        for (long n = have; n < wanted; n++) {
          LocalDate day = LocalDate.of(2015, 1, 1).plusDays(n % 3600);
          Timestamp at = Timestamp.valueOf(day.atTime(12, 0));
          activity.setString(1, TITLE_PREFIX + n);
          activity.setObject(2, day);
          activity.setObject(3, day);
          activity.executeUpdate();
          long activityId = generatedKey(activity);
          allocation.setLong(1, earmark[1]);
          allocation.setLong(2, earmark[0]);
          allocation.setString(3, TITLE_PREFIX + n);
          allocation.setLong(4, activityId);
          allocation.setBigDecimal(5, COST);
          allocation.setObject(6, day);
          allocation.setTimestamp(7, at);
          allocation.executeUpdate();
          share.setLong(1, generatedKey(allocation));
          share.setLong(2, donorId);
          share.setBigDecimal(3, COST);
          share.addBatch();
          for (int p = 0; p < GENDERS.length; p++) {
            participant.setLong(1, activityId);
            participant.setLong(2, countries.get((int) ((n + p) % countries.size())));
            participant.setString(3, GENDERS[p]);
            participant.setTimestamp(4, at);
            participant.addBatch();
          }
          if ((n + 1) % BATCH == 0 || n == wanted - 1) {
            share.executeBatch();
            participant.executeBatch();
            c.commit();
          }
        }
      }
      c.commit();
      return Math.max(have, wanted);
    }
  }

  /**
   * Removes the bench activities, their allocations and participants, and bench donors' reports.
   */
  void removeAll() throws SQLException {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      String benchAllocations = "select id from allocation where recorded_by = 'bench'";
      s.executeUpdate("delete from expense where allocation_id in (" + benchAllocations + ")");
      s.executeUpdate(
          "delete from allocation_share where allocation_id in (" + benchAllocations + ")");
      s.executeUpdate("delete from allocation where recorded_by = 'bench'");
      s.executeUpdate("delete from participant where recorded_by = 'bench'");
      s.executeUpdate("delete from activity where title like '" + TITLE_PREFIX + "%'");
      c.commit();
      // The reports kept for bench donors hold files of up to tens of megabytes: one at a time, so
      // that no transaction's undo log has to hold them all (H2 keeps it in the server's heap).
      c.setAutoCommit(true);
      List<Long> reports = new ArrayList<>();
      Jdbc.query(
          c,
          "select r.id from generated_report r join organisation o on o.id = r.donor_id"
              + " where o.name like 'Bench donor %'",
          r -> reports.add(r.getLong(1)));
      for (long report : reports) {
        s.executeUpdate("delete from generated_report_content where report_id = " + report);
        s.executeUpdate("delete from generated_report where id = " + report);
      }
    }
  }

  /** {earmark id, fund id} of the earmark with the most of the donor's receipts. */
  private static long[] richestEarmark(Connection c, long donorId) throws SQLException {
    long[] earmark = new long[2];
    Jdbc.query(
        c,
        "select earmark_id, fund_id from receipt where donor_id = "
            + donorId
            + " group by earmark_id, fund_id order by sum(usd_amount) desc, earmark_id",
        r -> {
          if (earmark[0] == 0) {
            earmark[0] = r.getLong(1);
            earmark[1] = r.getLong(2);
          }
        });
    if (earmark[0] == 0) {
      throw new IllegalStateException("The bench donor has no receipts yet");
    }
    return earmark;
  }

  private static long generatedKey(PreparedStatement insert) throws SQLException {
    try (ResultSet keys = insert.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }
}
