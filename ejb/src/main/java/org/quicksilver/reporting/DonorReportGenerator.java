package org.quicksilver.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.quicksilver.reports.ProgressListener;

/** The donor report, for background jobs. */
@ApplicationScoped
public class DonorReportGenerator implements ReportGenerator {
  @Inject private DonorReportService reports;

  @Override
  public String kind() {
    return DonorReportService.KIND;
  }

  @Override
  public ReportFile generate(BackgroundReport request, ProgressListener progress) {
    return reports.render(
        request.longParameter("donor"),
        request.dateParameter("from"),
        request.dateParameter("to"),
        request.dateParameterOrNull("asOf"),
        request.language(),
        request.format(),
        progress);
  }
}
