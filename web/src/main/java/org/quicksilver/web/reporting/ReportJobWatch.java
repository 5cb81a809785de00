package org.quicksilver.web.reporting;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reporting.ReportJobService;
import org.quicksilver.reporting.ReportJobView;
import org.quicksilver.reporting.ReportRegisterService;
import org.quicksilver.web.export.Download;
import org.quicksilver.web.platform.Texts;

/**
 * The background report a page started, as {@code /WEB-INF/includes/report-job.xhtml} shows it: its
 * progress while it runs (the page polls {@link #refresh()}), then a download or why it failed. A
 * page's download bean submits the job and hands its id to {@link #watch(long)}.
 */
@Named
@ViewScoped
public class ReportJobWatch implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ReportJobService jobs;
  @Inject private ReportRegisterService register;

  private ReportJobView job;

  public void watch(long jobId) {
    job = jobs.status(jobId);
  }

  /** Asks again how the job is doing, until it has finished. */
  public void refresh() {
    if (job != null && !job.finished()) {
      job = jobs.status(job.id());
    }
  }

  public boolean isWatching() {
    return job != null;
  }

  public boolean isRunning() {
    return job != null && !job.finished();
  }

  public ReportJobView getJob() {
    return job;
  }

  /** Why the job failed, in the user's language. */
  public String getFailure() {
    return job == null || job.failureKey() == null
        ? ""
        : Texts.text(job.failureKey(), job.failureArguments().toArray());
  }

  public StreamedContent download() {
    ReportFile file = register.download(job.generatedReportId());
    return Download.of(file.fileName(), file.contentType(), file.content());
  }
}
