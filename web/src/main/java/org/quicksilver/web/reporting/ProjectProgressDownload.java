package org.quicksilver.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.quicksilver.funding.Option;
import org.quicksilver.projects.ProjectOptions;
import org.quicksilver.reporting.ProjectProgressReportService;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;
import org.quicksilver.security.Permissions;
import org.quicksilver.web.export.Download;
import org.quicksilver.web.platform.Access;
import org.quicksilver.web.platform.UserSession;

/**
 * Downloads a project's progress report for a period (by default the past twelve months), in the
 * user's language unless they choose another.
 */
@Named
@ViewScoped
public class ProjectProgressDownload implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ProjectProgressReportService reports;
  @Inject private ProjectOptions options;
  @Inject private Access access;
  @Inject private UserSession session;
  @Inject private ReportJobWatch watch;

  private List<Option> projects = List.of();
  private Long projectId;
  private LocalDate from = LocalDate.now().minusYears(1).plusDays(1);
  private LocalDate to = LocalDate.now();
  private Language language;

  @PostConstruct
  void init() {
    language = Language.fromCode(session.getLanguageCode());
    if (isPermitted()) {
      projects = options.projects();
    }
  }

  /** Staff who read projects, and donor viewers (the report counts participants, never names). */
  public boolean isPermitted() {
    return access.permitted(Permissions.PROJECTS_READ)
        || access.permitted(Permissions.PROJECTS_COUNTS);
  }

  public StreamedContent pdf() {
    return download(ReportFormat.PDF);
  }

  public StreamedContent xlsx() {
    return download(ReportFormat.XLSX);
  }

  /** Generates the PDF in the background; the page shows its progress and then its download. */
  public void pdfInBackground() {
    watch.watch(reports.submit(projectId, from, to, language, ReportFormat.PDF));
  }

  public void xlsxInBackground() {
    watch.watch(reports.submit(projectId, from, to, language, ReportFormat.XLSX));
  }

  private StreamedContent download(ReportFormat format) {
    ReportFile file = reports.render(projectId, from, to, language, format);
    return Download.of(file.fileName(), file.contentType(), file.content());
  }

  public List<Option> getProjects() {
    return projects;
  }

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }
}
