package org.quicksilver.web.reporting;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.primefaces.model.StreamedContent;
import org.quicksilver.funding.DonorAccountService;
import org.quicksilver.funding.FundingOptions;
import org.quicksilver.funding.Option;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.reporting.DonorReportService;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;
import org.quicksilver.security.Permissions;
import org.quicksilver.web.export.Download;
import org.quicksilver.web.platform.Access;
import org.quicksilver.web.platform.UserSession;

/**
 * Generates a donor report for a period (by default the past calendar year), in the user's language
 * unless they choose another. Staff choose any donor; a donor viewer is offered only its own, and
 * the service refuses any other whatever the request says.
 */
@Named
@ViewScoped
public class DonorReportDownload implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private DonorReportService reports;
  @Inject private FundingOptions fundingOptions;
  @Inject private DonorAccountService accounts;
  @Inject private Access access;
  @Inject private UserSession session;
  @Inject private ReportJobWatch watch;

  private List<Option> donors = List.of();
  private Long donorId;
  private LocalDate from = LocalDate.now().minusYears(1).withDayOfYear(1);
  private LocalDate to = from.plusYears(1).minusDays(1);
  private LocalDate dataAsOf;
  private Language language;

  @PostConstruct
  void init() {
    language = Language.fromCode(session.getLanguageCode());
    if (access.permitted(Permissions.FUNDING_READ)) {
      donors = fundingOptions.donors();
    } else if (access.permitted(Permissions.FUNDING_OWN)) {
      // the accounts service shows a donor viewer its own donor only
      donors =
          accounts.list(new PageQuery(0, 1, null, true, Map.of())).stream()
              .map(d -> new Option(d.donorId(), d.donorName()))
              .toList();
      if (donors.size() == 1) {
        donorId = donors.get(0).id();
      }
    }
  }

  public boolean isPermitted() {
    return access.permitted(Permissions.FUNDING_READ) || access.permitted(Permissions.FUNDING_OWN);
  }

  public StreamedContent pdf() {
    return download(ReportFormat.PDF);
  }

  public StreamedContent xlsx() {
    return download(ReportFormat.XLSX);
  }

  /** Generates the PDF in the background; the page shows its progress and then its download. */
  public void pdfInBackground() {
    watch.watch(reports.submit(donorId, from, to, dataAsOf, language, ReportFormat.PDF));
  }

  public void xlsxInBackground() {
    watch.watch(reports.submit(donorId, from, to, dataAsOf, language, ReportFormat.XLSX));
  }

  private StreamedContent download(ReportFormat format) {
    ReportFile file = reports.render(donorId, from, to, dataAsOf, language, format);
    return Download.of(file.fileName(), file.contentType(), file.content());
  }

  public List<Option> getDonors() {
    return donors;
  }

  public Long getDonorId() {
    return donorId;
  }

  public void setDonorId(Long donorId) {
    this.donorId = donorId;
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

  public LocalDate getDataAsOf() {
    return dataAsOf;
  }

  public void setDataAsOf(LocalDate dataAsOf) {
    this.dataAsOf = dataAsOf;
  }

  public Language getLanguage() {
    return language;
  }

  public void setLanguage(Language language) {
    this.language = language;
  }
}
