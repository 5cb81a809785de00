package org.quicksilver.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import org.primefaces.model.StreamedContent;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reporting.StatusOfContributionsReportService;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;
import org.quicksilver.web.export.Download;
import org.quicksilver.web.platform.UserSession;

/** Downloads the status of contributions as of a chosen date, in a chosen language. */
@Named
@ViewScoped
public class StatusOfContributionsDownload implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private StatusOfContributionsReportService reports;
  @Inject private UserSession session;

  private Language language;
  private LocalDate asOf = LocalDate.now();

  @PostConstruct
  void init() {
    language = Language.fromCode(session.getLanguageCode());
  }

  public StreamedContent pdf() {
    return download(ReportFormat.PDF);
  }

  public StreamedContent xlsx() {
    return download(ReportFormat.XLSX);
  }

  private StreamedContent download(ReportFormat format) {
    ReportFile file = reports.render(language, format, asOf);
    return Download.of(file.fileName(), file.contentType(), file.content());
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public LocalDate getAsOf() {
    return asOf;
  }

  public void setAsOf(LocalDate asOf) {
    this.asOf = asOf;
  }
}
