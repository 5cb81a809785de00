package org.quicksilver.reporting;

import java.time.Clock;
import org.quicksilver.reports.ProgressListener;

/**
 * A job's listener: the first call (the fill has its slot and begins) marks the job RUNNING; later
 * ones write its percentage, throttled. The fill is shown as 0–90 %: the export to PDF or XLSX that
 * follows it takes the rest, and 100 % means kept in the register.
 */
final class JobProgress implements ProgressListener {
  static final int FILLED_PERCENT = 90;

  private final long jobId;
  private final ReportJobs jobs;
  private final Clock clock;
  private final ProgressThrottle throttle = new ProgressThrottle();
  private boolean started;

  JobProgress(long jobId, ReportJobs jobs, Clock clock) {
    this.jobId = jobId;
    this.jobs = jobs;
    this.clock = clock;
  }

  @Override
  public void progress(int rowsDone, int rowsTotal) {
    int percent = ProgressListener.percent(rowsDone, rowsTotal) * FILLED_PERCENT / 100;
    if (!started) {
      started = true;
      jobs.start(jobId);
    }
    if (throttle.due(percent, clock.instant()) && percent > 0) {
      jobs.progress(jobId, percent);
    }
  }
}
