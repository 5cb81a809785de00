package org.quicksilver.reporting;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * A background report as its requester sees it.
 *
 * @param progressPercent 0 to 100; 100 once the report is kept
 * @param generatedReportId the register entry to download once {@code DONE}, else null
 * @param failureKey the message key of why it failed, else null
 * @param failureArguments the message's arguments, as text
 */
public record ReportJobView(
    Long id,
    String kind,
    String parameters,
    String language,
    String format,
    ReportJobStatus status,
    int progressPercent,
    Long generatedReportId,
    String failureKey,
    List<String> failureArguments,
    String requestedBy,
    Instant requestedAt,
    Instant finishedAt)
    implements Serializable {

  public ReportJobView {
    failureArguments = List.copyOf(failureArguments);
  }

  public boolean finished() {
    return status.finished();
  }

  public boolean done() {
    return status == ReportJobStatus.DONE;
  }

  public boolean failed() {
    return status == ReportJobStatus.FAILED;
  }
}
