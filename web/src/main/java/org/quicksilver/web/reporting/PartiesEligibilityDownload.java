package org.quicksilver.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.StreamedContent;
import org.quicksilver.reporting.PartiesEligibilityReportService;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;
import org.quicksilver.web.export.Download;
import org.quicksilver.web.platform.UserSession;

/**
 * Downloads "Parties and SIP eligibility by region", in the user's language unless they choose
 * another (a French-speaking officer may send a Spanish report).
 */
@Named
@ViewScoped
public class PartiesEligibilityDownload implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PartiesEligibilityReportService reports;
  @Inject private UserSession session;

  private Language language;

  @PostConstruct
  void init() {
    language = Language.fromCode(session.getLanguageCode());
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }

  public StreamedContent pdf() {
    return download(ReportFormat.PDF);
  }

  public StreamedContent xlsx() {
    return download(ReportFormat.XLSX);
  }

  private StreamedContent download(ReportFormat format) {
    ReportFile file = reports.render(language, format);
    return Download.of(file.fileName(), file.contentType(), file.content());
  }
}
