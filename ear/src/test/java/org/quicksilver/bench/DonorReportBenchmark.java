package org.quicksilver.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.it.As;
import org.quicksilver.reporting.DonorReportService;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;

/**
 * The donor report for one donor with 1,000, 10,000 and 100,000 receipts (and a tenth as many
 * activities paid by it, five participants each): the time of the report's own database queries
 * alone, the time of the whole report as PDF and as XLSX (queries, fill, export and keeping it in
 * the register), the file's size, and the heap the report needed at its peak. Printed as a table
 * and written next to the receipts benchmark's, as target/benchmark-donor-report.txt. Figures to
 * read, never assertions; what is asserted is that the report has one line per receipt.
 *
 * <p>Peak heap: the JVM's heap pools' peak usage during the report (their peaks reset just before,
 * after a garbage collection) minus the heap in use before it. The pools peak at different moments,
 * so the sum is an upper bound. Runs in the server, under the benchmark profile only.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class DonorReportBenchmark {
  private static final long[] SIZES = {1_000, 10_000, 100_000};
  private static final String ROW = "%10s | %10s | %-22s | %9s | %12s | %10s%n";
  private static final LocalDate FROM = LocalDate.of(2015, 1, 1);
  private static final LocalDate TO = LocalDate.of(2024, 12, 31);

  @Deployment
  static EnterpriseArchive deployment() throws ReflectiveOperationException {
    // the integration tests' deployment; Deployments is package-private in org.quicksilver.it
    Method withTests =
        Class.forName("org.quicksilver.it.Deployments")
            .getDeclaredMethod("withTests", Class[].class);
    withTests.setAccessible(true);
    Class<?>[] classes = {
      DonorReportBenchmark.class,
      DataGenerator.class,
      BenchActivities.class,
      SyntheticRates.class,
      Jdbc.class
    };
    return (EnterpriseArchive) withTests.invoke(null, (Object) classes);
  }

  @Inject DonorReportService reports;

  @Resource(lookup = "java:app/jdbc/quicksilver")
  DataSource dataSource;

  @Test
  @Order(1)
  void measuresTheReportAgainstItsQueriesAndItsPeakHeap() throws Exception {
    var generator = new DataGenerator(dataSource, System.out);
    var activities = new BenchActivities(dataSource);
    activities.removeAll();
    generator.removeAll();
    StringBuilder table = new StringBuilder(heading());
    table.append(
        String.format(
            Locale.ROOT,
            ROW,
            "receipts",
            "activities",
            "request",
            "median ms",
            "peak heap MB",
            "file KB"));
    table.append("-".repeat(88)).append(System.lineSeparator());
    try {
      for (long size : SIZES) {
        generator.fill(1, size);
        long donorId = benchDonor();
        activities.fill(donorId, size / 10);
        int repetitions = size >= 100_000 ? 1 : 3;
        As.user(
            "finance",
            () -> {
              int lines = reports.rows(donorId, FROM, TO, null).rows().size();
              assertTrue(lines > size, "one line per receipt at least: " + lines);
              measure(
                  table,
                  size,
                  "queries alone",
                  repetitions,
                  () -> {
                    reports.rows(donorId, FROM, TO, null);
                    return 0L;
                  });
              for (ReportFormat format : ReportFormat.values()) {
                measure(
                    table,
                    size,
                    "whole report, " + format,
                    repetitions,
                    () ->
                        (long)
                            reports
                                .render(donorId, FROM, TO, null, Language.ENGLISH, format)
                                .content()
                                .length);
              }
              return null;
            });
        // after each size, so that what was measured survives a failure further on
        Files.writeString(report(), table.toString());
      }
    } finally {
      activities.removeAll();
      generator.removeAll();
    }
    Files.writeString(report(), table.toString());
  }

  /** On the client, so that the table reaches Maven's output as is, not as server log lines. */
  @Test
  @Order(2)
  @RunAsClient
  void printsTheTable() throws IOException {
    System.out.println();
    System.out.println(Files.readString(report()));
  }

  private static void measure(
      StringBuilder table, long size, String request, int repetitions, Callable<Long> work)
      throws Exception {
    work.call(); // warm-up: templates loaded, statements prepared
    long[] nanos = new long[repetitions];
    long peak = 0;
    long bytes = 0;
    for (int i = 0; i < repetitions; i++) {
      System.gc();
      long before = heapInUse();
      resetPeaks();
      long start = System.nanoTime();
      bytes = work.call();
      nanos[i] = System.nanoTime() - start;
      peak = Math.max(peak, heapPeaks() - before);
    }
    Arrays.sort(nanos);
    table.append(
        String.format(
            Locale.ROOT,
            ROW,
            String.format(Locale.ROOT, "%,d", size),
            String.format(Locale.ROOT, "%,d", size / 10),
            request,
            String.format(Locale.ROOT, "%.0f", nanos[repetitions / 2] / 1e6),
            String.format(Locale.ROOT, "%.1f", Math.max(0, peak) / 1048576.0),
            bytes == 0 ? "" : String.format(Locale.ROOT, "%,d", bytes / 1024)));
  }

  private static List<MemoryPoolMXBean> heapPools() {
    List<MemoryPoolMXBean> pools = new ArrayList<>();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.isValid()) {
        pools.add(pool);
      }
    }
    return pools;
  }

  private static long heapInUse() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long heapPeaks() {
    return heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
  }

  private long benchDonor() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      long[] id = new long[1];
      Jdbc.query(
          c,
          "select id from organisation where name = '" + DataGenerator.donorName(1) + "'",
          r -> id[0] = r.getLong(1));
      assertTrue(id[0] > 0, "bench donor 001");
      return id[0];
    }
  }

  private String heading() throws Exception {
    try (Connection c = dataSource.getConnection()) {
      DatabaseMetaData database = c.getMetaData();
      return String.format(
          Locale.ROOT,
          "Donor report benchmark on %s %s, %d cores, max heap %d MB: one donor, receipts"
              + " 2015-2024, a tenth as many activities; median of 3 runs (1 at 100,000) after one"
              + " warm-up, times in the server.%n",
          database.getDatabaseProductName(),
          database.getDatabaseProductVersion(),
          Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().maxMemory() / 1048576);
    }
  }

  private static Path report() {
    Path receipts = Path.of(System.getenv().getOrDefault("BENCH_REPORT", "target/benchmark.txt"));
    return receipts.resolveSibling("benchmark-donor-report.txt");
  }
}
