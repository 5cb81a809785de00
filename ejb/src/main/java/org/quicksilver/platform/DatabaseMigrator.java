package org.quicksilver.platform;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.quicksilver.platform.audit.AuditBaseline;

/**
 * Brings the schema up to date before anything else runs (Hibernate never creates tables), then, in
 * demo mode only, loads the demo data set, which has its own migration history so that it can grow
 * with each feature and never mixes with the schema's.
 */
@Startup
@Singleton
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {
  private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

  @Resource(lookup = "java:app/jdbc/quicksilver")
  private DataSource dataSource;

  @Inject private Settings settings;
  @Inject private Clock clock;

  @PostConstruct
  void migrate() {
    LOG.info(() -> "Quicksilver database: " + describeDatabase());
    ClassLoader loader = getClass().getClassLoader();
    var schema =
        Flyway.configure(loader).dataSource(dataSource).locations("classpath:db/migration").load();
    LOG.info(() -> "Schema migrations applied: " + schema.migrate().migrationsExecuted);
    baseline("migration");
    if (settings.demoMode()) {
      var demo =
          Flyway.configure(loader)
              .dataSource(dataSource)
              .locations("classpath:db/demo")
              .table("flyway_demo_history")
              .baselineOnMigrate(true)
              .baselineVersion("0")
              .load();
      LOG.info(
          () -> "Demo mode: demo data migrations applied: " + demo.migrate().migrationsExecuted);
      baseline("demo-data");
    }
  }

  /** Records written by migrations get their first revision in the audit trail. */
  private void baseline(String username) {
    try (Connection connection = dataSource.getConnection()) {
      if (AuditBaseline.apply(connection, username, clock.millis())) {
        LOG.info(() -> "Audit trail: baseline revision written for records loaded by " + username);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("The audit trail's baseline could not be written", e);
    }
  }

  /** Where the data lives, so that a newcomer sees at start-up which file or server is in use. */
  private String describeDatabase() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getURL().replace("~", System.getProperty("user.home"));
    } catch (SQLException e) {
      throw new IllegalStateException("The Quicksilver database cannot be reached", e);
    }
  }
}
