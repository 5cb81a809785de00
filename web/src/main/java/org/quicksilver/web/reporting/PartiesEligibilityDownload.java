package org.quicksilver.web.reporting;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.quicksilver.reporting.PartiesEligibilityReportService;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;
import org.quicksilver.web.platform.UserSession;

/** Downloads "Parties and SIP eligibility by region" in the user's language. */
@Named
@RequestScoped
public class PartiesEligibilityDownload {
  @Inject private PartiesEligibilityReportService reports;
  @Inject private UserSession session;

  public StreamedContent pdf() {
    return download(ReportFormat.PDF);
  }

  public StreamedContent xlsx() {
    return download(ReportFormat.XLSX);
  }

  private StreamedContent download(ReportFormat format) {
    ReportFile file = reports.render(Language.fromCode(session.getLanguageCode()), format);
    return DefaultStreamedContent.builder()
        .name(file.fileName())
        .contentType(file.contentType())
        .contentLength((long) file.content().length)
        .stream(() -> new ByteArrayInputStream(file.content()))
        .build();
  }
}
