package org.quicksilver.platform.audit;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Gives every audited record that has no history yet (it was written by a migration, not through
 * the application) one "created" revision with its values as they stand, so that a history always
 * starts somewhere. Runs after the migrations at each start; does nothing when every record has a
 * history already.
 */
public final class AuditBaseline {
  /** An audited table, its key and the columns its {@code _aud} twin keeps. */
  private record Audited(String table, String key, String columns) {}

  private static final List<Audited> TABLES =
      List.of(
          new Audited(
              "country",
              "id",
              "iso_code, name_en, name_fr, name_es, regional_group, convention_status,"
                  + " party_since, sip_eligibility"),
          new Audited("currency", "code", "name, minor_units"),
          new Audited("organisation", "id", "name, acronym, kind, country_id"),
          new Audited("app_user", "id", "username, display_name, language, active, donor_id"),
          new Audited("fund", "id", "code, name_en, name_fr, name_es, currency_code"),
          new Audited("earmark", "id", "fund_id, code, name_en, name_fr, name_es"),
          new Audited(
              "exchange_rate",
              "id",
              "currency_code, rate_month, units_per_usd, source, recorded_at, recorded_by"),
          new Audited(
              "pledge",
              "id",
              "donor_id, fund_id, earmark_id, kind, reference, pledged_on, period_start,"
                  + " period_end, expected_by, amount, currency_code, units_per_usd, rate_source,"
                  + " usd_value, conditions, written_off_on, write_off_reason, illustrative,"
                  + " recorded_at, recorded_by"),
          new Audited("reporting_obligation", "id", "pledge_id, description, due_on, submitted_on"),
          new Audited(
              "receipt",
              "id",
              "donor_id, fund_id, earmark_id, pledge_id, received_on, amount, currency_code,"
                  + " units_per_usd, rate_source, rate_override_reason, usd_amount,"
                  + " bank_reference, reverses_id, reversal_reason, illustrative, posted_at,"
                  + " posted_by"),
          new Audited(
              "allocation",
              "id",
              "fund_id, earmark_id, purpose, target_kind, target_id, amount_usd, allocated_on,"
                  + " recorded_at, recorded_by"),
          new Audited(
              "expense",
              "id",
              "allocation_id, spent_on, amount_usd, description, reference, recorded_at,"
                  + " recorded_by"));

  /** Element collections: their rows are keyed by the owner's id. */
  private static final List<Audited> COLLECTIONS =
      List.of(
          new Audited("user_role", "user_id", "user_id, role_code"),
          new Audited("allocation_share", "allocation_id", "allocation_id, donor_id, amount_usd"));

  private AuditBaseline() {}

  /**
   * @param username whom the revision names ("migration", or "demo-data" after the demo set)
   * @return whether a baseline revision was written
   */
  public static boolean apply(Connection connection, String username, long nowMillis)
      throws SQLException {
    if (!anythingWithoutHistory(connection)) {
      return false;
    }
    try (PreparedStatement revision =
        connection.prepareStatement("insert into revinfo (revtstmp, username) values (?, ?)")) {
      revision.setLong(1, nowMillis);
      revision.setString(2, username);
      revision.executeUpdate();
    }
    String rev = "(select max(rev) from revinfo)";
    try (Statement statement = connection.createStatement()) {
      for (Audited t : TABLES) {
        statement.executeUpdate(
            "insert into %1$s_aud (%2$s, rev, revtype, %3$s) select %2$s, %4$s, 0, %3$s from %1$s x"
                    .formatted(t.table(), t.key(), t.columns(), rev)
                + missing(t));
      }
      for (Audited c : COLLECTIONS) {
        statement.executeUpdate(
            "insert into %1$s_aud (rev, revtype, %3$s) select %4$s, 0, %3$s from %1$s x"
                    .formatted(c.table(), c.key(), c.columns(), rev)
                + missing(c));
      }
    }
    return true;
  }

  private static boolean anythingWithoutHistory(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      for (Audited t : concat()) {
        try (ResultSet found =
            statement.executeQuery(
                "select count(*) from (select 1 as one from %s x%s) m"
                    .formatted(t.table(), missing(t)))) {
          found.next();
          if (found.getLong(1) > 0) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static String missing(Audited t) {
    return " where not exists (select 1 from %1$s_aud a where a.%2$s = x.%2$s)"
        .formatted(t.table(), t.key());
  }

  private static List<Audited> concat() {
    return java.util.stream.Stream.concat(TABLES.stream(), COLLECTIONS.stream()).toList();
  }
}
