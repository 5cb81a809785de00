package org.quicksilver.reporting;

import org.quicksilver.reports.ProgressListener;

/**
 * Generates one kind of report for a background job. Implementations are CDI beans (e.g.
 * {@code @ApplicationScoped}), found by {@link #kind()}; they call their report service, which
 * checks the permission (the job runs as the user who asked), renders with the listener and keeps
 * the file in the {@link ReportRegister} as it does for a download.
 */
public interface ReportGenerator {

  /** The kind this generator makes, as the report service writes it in the register. */
  String kind();

  /**
   * Generates the report.
   *
   * @param progress to pass to the report service's render, so that the job shows its progress
   * @return the file, already kept in the register by the report service
   */
  ReportFile generate(BackgroundReport request, ProgressListener progress);
}
