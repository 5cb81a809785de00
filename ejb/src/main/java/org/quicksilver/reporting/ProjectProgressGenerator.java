package org.quicksilver.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quicksilver.reports.ProgressListener;

/** The project progress report, for background jobs. */
@ApplicationScoped
public class ProjectProgressGenerator implements ReportGenerator {
  @Inject private ProjectProgressReportService reports;

  @Override
  public String kind() {
    return ProjectProgressReportService.KIND;
  }

  @Override
  public ReportFile generate(BackgroundReport request, ProgressListener progress) {
    return reports.render(
        request.longParameter("project"),
        request.dateParameter("from"),
        request.dateParameter("to"),
        request.language(),
        request.format(),
        progress);
  }
}
