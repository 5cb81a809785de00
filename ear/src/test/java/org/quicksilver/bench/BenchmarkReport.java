package org.quicksilver.bench;

import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.stream.Stream;

/** The benchmark's figures as a plain-text table, with a closing line comparing the data sets. */
final class BenchmarkReport {
  private static final String ROW = "%-36s | %-28s | %9s | %8s | %10s%n";

  private BenchmarkReport() {}

  /**
   * @param heading what was measured where (database, repetitions)
   * @param small the measurements on the small data set
   * @param large the same requests, in the same order, on the large one
   * @param sizeRatio how many times more receipts the large data set holds
   */
  static String table(
      String heading, List<Measurement> small, List<Measurement> large, double sizeRatio) {
    StringBuilder text = new StringBuilder(heading).append(System.lineSeparator());
    text.append(
        String.format(
            Locale.ROOT, ROW, "data set", "request", "median ms", "p95 ms", "statements"));
    text.append(String.join("-+-", "-".repeat(36), "-".repeat(28), "-".repeat(9), "-".repeat(8)))
        .append("-+-")
        .append("-".repeat(10))
        .append(System.lineSeparator());
    for (Measurement m : concat(small, large)) {
      text.append(
          String.format(
              Locale.ROOT,
              ROW,
              m.dataSet(),
              m.request(),
              String.format(Locale.ROOT, "%.2f", m.medianMs()),
              String.format(Locale.ROOT, "%.2f", m.p95Ms()),
              m.statements()));
    }
    StringJoiner ratios = new StringJoiner("; ");
    for (int i = 0; i < small.size(); i++) {
      ratios.add(
          String.format(
              Locale.ROOT,
              "%s x%.1f",
              small.get(i).request(),
              large.get(i).medianMs() / small.get(i).medianMs()));
    }
    text.append(
        String.format(
            Locale.ROOT,
            "Large vs small (x%.1f the receipts): median time %s. Statements per request equal: %s.%n",
            sizeRatio,
            ratios,
            sameStatements(small, large) ? "yes" : "NO"));
    return text.toString();
  }

  static boolean sameStatements(List<Measurement> small, List<Measurement> large) {
    for (int i = 0; i < small.size(); i++) {
      if (!small.get(i).statements().equals(large.get(i).statements())) {
        return false;
      }
    }
    return true;
  }

  private static List<Measurement> concat(List<Measurement> a, List<Measurement> b) {
    return Stream.concat(a.stream(), b.stream()).toList();
  }
}
