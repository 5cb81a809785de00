package org.quicksilver.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.funding.BalanceService;
import org.quicksilver.funding.ReceiptRow;
import org.quicksilver.funding.ReceiptService;
import org.quicksilver.it.As;
import org.quicksilver.platform.PageQuery;

/**
 * The receipts list (first page, filtered page) and the fund balances on a small data set (20
 * donors, 20,000 receipts) and on one ten times larger: time and SQL statements per request, as a
 * table printed and written to target/benchmark.txt. Timings are figures to read, never assertions;
 * what is asserted is that the statements per request do not depend on the data (no N+1).
 *
 * <p>Times are taken in the server around the service calls, so they leave out HTTP and rendering.
 * Run by the {@code benchmark} profile only (README, "Benchmarks"); with {@code -Dbench.generate=N}
 * it only fills the database with N receipts from N/1000 donors.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReceiptsBenchmark {
  private static final String GENERATE = "BENCH_GENERATE";
  private static final String A_COUNT = "[1-9][0-9]*";
  private static final int WARM_UP = 5;
  private static final int PAGE = 25;

  @Deployment
  static EnterpriseArchive deployment() throws ReflectiveOperationException {
    // the integration tests' deployment; Deployments is package-private in org.quicksilver.it
    Method withTests =
        Class.forName("org.quicksilver.it.Deployments")
            .getDeclaredMethod("withTests", Class[].class);
    withTests.setAccessible(true);
    Class<?>[] classes = {
      ReceiptsBenchmark.class,
      DataGenerator.class,
      SyntheticRates.class,
      Jdbc.class,
      Measurement.class,
      BenchmarkReport.class
    };
    return (EnterpriseArchive) withTests.invoke(null, (Object) classes);
  }

  @Inject ReceiptService receipts;
  @Inject BalanceService balances;
  @PersistenceUnit EntityManagerFactory emf;

  @Resource(lookup = "java:app/jdbc/quicksilver")
  DataSource dataSource;

  private DataGenerator generator;

  /**
   * Measures on 20,000 then 200,000 receipts; with {@code -Dbench.generate=N} it only fills the
   * database (tops it up) with N receipts and measures nothing.
   */
  @Test
  @Order(1)
  void theStatementsPerRequestDoNotGrowWithTheData() throws Exception {
    if (generateOnly()) {
      long count = Long.parseLong(System.getenv(GENERATE));
      new DataGenerator(dataSource, System.out).fill((int) Math.max(1, count / 1000), count);
      return;
    }
    generator = new DataGenerator(dataSource, System.out);
    generator.removeAll();
    List<Measurement> small = measure("small", 20, 20_000);
    List<Measurement> large = measure("large", 200, 200_000);
    String table = BenchmarkReport.table(heading(), small, large, 10);
    Files.writeString(report(), table);
    assertTrue(BenchmarkReport.sameStatements(small, large), table);
  }

  /** On the client, so that the table reaches Maven's output as is, not as server log lines. */
  @Test
  @Order(2)
  @RunAsClient
  void printsTheTable() throws IOException {
    if (!generateOnly()) {
      System.out.println();
      System.out.println(Files.readString(report()));
    }
  }

  private static boolean generateOnly() {
    String generate = System.getenv(GENERATE);
    return generate != null && generate.matches(A_COUNT);
  }

  private List<Measurement> measure(String name, int donors, long receiptCount) throws Exception {
    DataGenerator.Filled filled = generator.fill(donors, receiptCount);
    assertEquals(donors, filled.donors(), "bench donors: run on a database of its own");
    assertEquals(receiptCount, filled.receipts(), "bench receipts: run on a database of its own");
    String dataSet =
        String.format(Locale.ROOT, "%s: %d donors, %,d receipts", name, donors, receiptCount);
    PageQuery firstPage = PageQuery.firstPage(PAGE);
    PageQuery filtered =
        PageQuery.firstPage(PAGE)
            .filteredBy("donorName", DataGenerator.donorName(7))
            .filteredBy("currencyCode", "EUR")
            .sortedBy("usdAmount", false);
    return As.user(
        "finance",
        () -> {
          assertFilteredPage(filtered);
          return List.of(
              time(dataSet, "receipts list, first page", () -> page(firstPage)),
              time(dataSet, "receipts list, filtered page", () -> page(filtered)),
              time(dataSet, "fund balances", balances::byEarmark));
        });
  }

  /** A page as the lazy data table loads it: its rows, then the count for the paginator. */
  private List<ReceiptRow> page(PageQuery query) {
    List<ReceiptRow> rows = receipts.list(query);
    receipts.count(query.filters());
    return rows;
  }

  /**
   * The filtered page measures what it claims to: a full page of that donor's euros, largest first.
   */
  private void assertFilteredPage(PageQuery filtered) {
    List<ReceiptRow> rows = page(filtered);
    assertEquals(PAGE, rows.size());
    for (int i = 0; i < rows.size(); i++) {
      assertEquals(DataGenerator.donorName(7), rows.get(i).donorName());
      assertEquals("EUR", rows.get(i).currencyCode());
      assertTrue(i == 0 || rows.get(i - 1).usdAmount().compareTo(rows.get(i).usdAmount()) >= 0);
    }
  }

  /**
   * Times a request after a warm-up. Before each call the receipt table is marked changed, or H2
   * would hand back its previous result (see {@link DataGenerator#touchReceipts()}).
   */
  private Measurement time(String dataSet, String request, Callable<?> work) throws Exception {
    Statistics statistics = emf.unwrap(SessionFactory.class).getStatistics();
    statistics.setStatisticsEnabled(true);
    for (int i = 0; i < WARM_UP; i++) {
      generator.touchReceipts();
      work.call();
    }
    long[] nanos = new long[repetitions()];
    long fewest = Long.MAX_VALUE;
    long most = 0;
    for (int i = 0; i < nanos.length; i++) {
      generator.touchReceipts();
      statistics.clear();
      long start = System.nanoTime();
      work.call();
      nanos[i] = System.nanoTime() - start;
      fewest = Math.min(fewest, statistics.getPrepareStatementCount());
      most = Math.max(most, statistics.getPrepareStatementCount());
    }
    return Measurement.of(dataSet, request, nanos, fewest, most);
  }

  private String heading() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData database = c.getMetaData();
      return String.format(
          Locale.ROOT,
          "Receipts benchmark on %s %s, %d cores: %d timed requests after %d warm-up each;"
              + " times per request, taken in the server around the service calls,"
              + " with the receipt table marked changed before each request.",
          database.getDatabaseProductName(),
          database.getDatabaseProductVersion(),
          Runtime.getRuntime().availableProcessors(),
          repetitions(),
          WARM_UP);
    }
  }

  private static int repetitions() {
    return Integer.parseInt(System.getenv().getOrDefault("BENCH_REPETITIONS", "20"));
  }

  private static Path report() {
    return Path.of(System.getenv().getOrDefault("BENCH_REPORT", "target/benchmark.txt"));
  }
}
