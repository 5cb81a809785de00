package org.quicksilver.bench;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The little plain JDBC the data generator needs. */
final class Jdbc {
  private Jdbc() {}

  @FunctionalInterface
  interface RowHandler {
    void handle(ResultSet row) throws SQLException;
  }

  static void query(Connection c, String sql, RowHandler handler) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rows = s.executeQuery(sql)) {
      while (rows.next()) {
        handler.handle(rows);
      }
    }
  }

  static long count(Connection c, String sql) throws SQLException {
    long[] result = new long[1];
    query(c, sql, r -> result[0] = r.getLong(1));
    return result[0];
  }
}
