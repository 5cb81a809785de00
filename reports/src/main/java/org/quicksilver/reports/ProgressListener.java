package org.quicksilver.reports;

/**
 * Told how far a render has gone, for a progress indicator. Called on the rendering thread, every
 * few rows (not every row): once with {@code rowsDone == 0} when the fill begins, then every {@link
 * ProgressReportingDataSource#step(int) step} rows, and once with {@code rowsDone == rowsTotal}
 * when every row is filled (the export to PDF or XLSX comes after that).
 *
 * <p>A listener must be quick: it runs inside the fill. One that throws fails the render.
 */
@FunctionalInterface
public interface ProgressListener {

  /** Listens to nothing: a render nobody watches. */
  ProgressListener NONE = (rowsDone, rowsTotal) -> {};

  /**
   * @param rowsDone the rows filled so far
   * @param rowsTotal every row of the request (0 for a report with no rows)
   */
  void progress(int rowsDone, int rowsTotal);

  /** The percentage filled, from 0 to 100 (100 for a report with no rows once it is filled). */
  static int percent(int rowsDone, int rowsTotal) {
    if (rowsTotal <= 0) {
      return rowsDone >= rowsTotal ? 100 : 0;
    }
    return (int) Math.min(100L, Math.max(0L, rowsDone * 100L / rowsTotal));
  }
}
