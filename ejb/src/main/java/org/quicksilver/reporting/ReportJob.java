package org.quicksilver.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;

/**
 * A report generated in the background. It moves QUEUED → RUNNING → DONE or FAILED and never back;
 * its progress only grows, and reaches 100 only when the report is kept.
 */
@Entity
@Table(name = "report_job")
public class ReportJob {
  /** Arguments of a failure message, as stored: one per line. */
  private static final String ARGUMENT_SEPARATOR = "\n";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String parameters;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String format;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportJobStatus status;

  @Column(name = "progress_percent", nullable = false)
  private int progressPercent;

  @Column(name = "generated_report_id")
  private Long generatedReportId;

  @Column(name = "failure_key")
  private String failureKey;

  @Column(name = "failure_arguments")
  private String failureArguments;

  @Column(name = "requested_by", nullable = false)
  private String requestedBy;

  @Column(name = "requested_at", nullable = false)
  private Instant requestedAt;

  @Column(name = "started_at")
  private Instant startedAt;

  @Column(name = "finished_at")
  private Instant finishedAt;

  @Version private long version;

  protected ReportJob() {}

  ReportJob(BackgroundReport request, String requestedBy, Instant requestedAt) {
    this.kind = request.kind();
    this.parameters = request.parametersText();
    if (parameters.length() > 1000) {
      throw new IllegalArgumentException("Parameters too long for a job: " + parameters.length());
    }
    this.language = request.language().code();
    this.format = request.format().name();
    this.status = ReportJobStatus.QUEUED;
    this.requestedBy = Objects.requireNonNull(requestedBy, "requestedBy");
    this.requestedAt = Objects.requireNonNull(requestedAt, "requestedAt");
  }

  /** Its fill has begun (it had to wait for a thread and a fill slot until now). */
  void start(Instant at) {
    if (status == ReportJobStatus.QUEUED) {
      status = ReportJobStatus.RUNNING;
      startedAt = at;
    }
  }

  /** A later, larger percentage; below 100, which only a kept report reaches. */
  void progress(int percent) {
    if (status == ReportJobStatus.RUNNING) {
      progressPercent = Math.max(progressPercent, Math.min(99, Math.max(0, percent)));
    }
  }

  void done(long reportId, Instant at) {
    requireUnfinished();
    status = ReportJobStatus.DONE;
    progressPercent = 100;
    generatedReportId = reportId;
    finishedAt = at;
  }

  void fail(String messageKey, Object[] arguments, Instant at) {
    requireUnfinished();
    status = ReportJobStatus.FAILED;
    failureKey = Objects.requireNonNull(messageKey, "messageKey");
    String text =
        Arrays.stream(arguments)
            .map(a -> String.valueOf(a).replace(ARGUMENT_SEPARATOR, " "))
            .collect(Collectors.joining(ARGUMENT_SEPARATOR));
    failureArguments = text.isEmpty() ? null : text.substring(0, Math.min(1000, text.length()));
    finishedAt = at;
  }

  private void requireUnfinished() {
    if (status.finished()) {
      throw new IllegalStateException("Report job " + id + " is already " + status);
    }
  }

  BackgroundReport request() {
    return new BackgroundReport(
        kind,
        BackgroundReport.parseParameters(parameters),
        Language.fromCode(language),
        ReportFormat.valueOf(format));
  }

  ReportJobView view() {
    return new ReportJobView(
        id,
        kind,
        parameters,
        language,
        format,
        status,
        progressPercent,
        generatedReportId,
        failureKey,
        failureArguments == null ? List.of() : List.of(failureArguments.split(ARGUMENT_SEPARATOR)),
        requestedBy,
        requestedAt,
        finishedAt);
  }

  public Long getId() {
    return id;
  }

  public ReportJobStatus getStatus() {
    return status;
  }

  public String getRequestedBy() {
    return requestedBy;
  }
}
