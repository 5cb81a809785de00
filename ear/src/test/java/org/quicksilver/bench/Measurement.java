package org.quicksilver.bench;

import java.util.Arrays;

/**
 * One request measured on one data set: time per request (median and 95th percentile over the
 * repetitions) and how many SQL statements one request prepared.
 *
 * @param fewestStatements the fewest statements a repetition prepared
 * @param mostStatements the most; the same as the fewest unless the count depends on the data
 */
record Measurement(
    String dataSet,
    String request,
    double medianMs,
    double p95Ms,
    long fewestStatements,
    long mostStatements) {

  static Measurement of(
      String dataSet, String request, long[] nanos, long fewestStatements, long mostStatements) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    return new Measurement(
        dataSet,
        request,
        millis(percentile(sorted, 50)),
        millis(percentile(sorted, 95)),
        fewestStatements,
        mostStatements);
  }

  /** The statements per request, as the table shows them: "2", or "2-3" if it varied. */
  String statements() {
    return fewestStatements == mostStatements
        ? Long.toString(mostStatements)
        : fewestStatements + "-" + mostStatements;
  }

  /**
   * Nearest rank: the smallest value that at least {@code percent} % of the values do not exceed.
   */
  private static long percentile(long[] sorted, int percent) {
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  private static double millis(long nanos) {
    return nanos / 1_000_000.0;
  }
}
