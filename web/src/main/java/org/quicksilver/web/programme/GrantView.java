package org.quicksilver.web.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.omnifaces.util.Faces;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.programme.GrantDetail;
import org.quicksilver.programme.GrantReportRow;
import org.quicksilver.programme.GrantService;
import org.quicksilver.programme.TrancheRow;
import org.quicksilver.programme.rules.ReportKind;
import org.quicksilver.web.platform.Texts;

/** One grant: its agreement, tranches (planned, paid) and the reports it owes. */
@Named
@ViewScoped
public class GrantView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private GrantService grants;

  private final LocalDate today = LocalDate.now();
  private Long grantId;
  private GrantDetail detail;
  private String agreementReference;
  private LocalDate signedOn;
  private BigDecimal trancheAmount;
  private LocalDate tranchePlannedOn;
  private Long trancheCondition;
  private ReportKind reportKind = ReportKind.PROGRESS;
  private String reportReference;
  private LocalDate reportDueOn;
  private TrancheRow paying;
  private LocalDate paidOn;

  public void load() throws IOException {
    if (grantId == null) {
      Faces.responseSendError(404, "");
      return;
    }
    try {
      refresh();
    } catch (RecordNotFoundException unknown) {
      Faces.responseSendError(404, "");
    }
  }

  private void refresh() {
    detail = grants.detail(grantId);
    agreementReference = detail.agreementReference();
    signedOn = detail.grant().signedOn() == null ? today : detail.grant().signedOn();
  }

  public void sign() {
    grants.sign(grantId, detail.grant().version(), agreementReference, signedOn);
    Texts.info("programme.grant.signed", detail.grant().reference());
    refresh();
  }

  public void planTranche() {
    grants.planTranche(grantId, trancheAmount, tranchePlannedOn, trancheCondition);
    Texts.info("programme.tranche.planned");
    trancheAmount = null;
    tranchePlannedOn = null;
    trancheCondition = null;
    refresh();
  }

  public void startPaying(TrancheRow tranche) {
    paying = tranche;
    paidOn = today;
  }

  public void pay() {
    grants.payTranche(paying.id(), paying.version(), paidOn);
    Texts.info("programme.tranche.paid", paying.number());
    paying = null;
    refresh();
  }

  public void expectReport() {
    grants.expectReport(grantId, reportKind, reportReference, reportDueOn);
    Texts.info("programme.report.expected", reportReference);
    reportReference = null;
    reportDueOn = null;
    refresh();
  }

  public void receive(GrantReportRow report) {
    grants.receiveReport(report.id(), report.version(), today);
    Texts.info("programme.report.received", report.reference());
    refresh();
  }

  public void accept(GrantReportRow report) {
    grants.acceptReport(report.id(), report.version(), today);
    Texts.info("programme.report.accepted", report.reference());
    refresh();
  }

  public void close() {
    grants.close(grantId, detail.grant().version(), today);
    Texts.info("programme.grant.closedNow", detail.grant().reference());
    refresh();
  }

  public boolean overdue(GrantReportRow report) {
    return report.isOverdue(today);
  }

  public ReportKind[] getReportKinds() {
    return ReportKind.values();
  }

  public Long getGrantId() {
    return grantId;
  }

  public void setGrantId(Long grantId) {
    this.grantId = grantId;
  }

  public GrantDetail getDetail() {
    return detail;
  }

  public String getAgreementReference() {
    return agreementReference;
  }

  public void setAgreementReference(String agreementReference) {
    this.agreementReference = agreementReference;
  }

  public LocalDate getSignedOn() {
    return signedOn;
  }

  public void setSignedOn(LocalDate signedOn) {
    this.signedOn = signedOn;
  }

  public BigDecimal getTrancheAmount() {
    return trancheAmount;
  }

  public void setTrancheAmount(BigDecimal trancheAmount) {
    this.trancheAmount = trancheAmount;
  }

  public LocalDate getTranchePlannedOn() {
    return tranchePlannedOn;
  }

  public void setTranchePlannedOn(LocalDate tranchePlannedOn) {
    this.tranchePlannedOn = tranchePlannedOn;
  }

  public Long getTrancheCondition() {
    return trancheCondition;
  }

  public void setTrancheCondition(Long trancheCondition) {
    this.trancheCondition = trancheCondition;
  }

  public ReportKind getReportKind() {
    return reportKind;
  }

  public void setReportKind(ReportKind reportKind) {
    this.reportKind = reportKind;
  }

  public String getReportReference() {
    return reportReference;
  }

  public void setReportReference(String reportReference) {
    this.reportReference = reportReference;
  }

  public LocalDate getReportDueOn() {
    return reportDueOn;
  }

  public void setReportDueOn(LocalDate reportDueOn) {
    this.reportDueOn = reportDueOn;
  }

  public TrancheRow getPaying() {
    return paying;
  }

  public LocalDate getPaidOn() {
    return paidOn;
  }

  public void setPaidOn(LocalDate paidOn) {
    this.paidOn = paidOn;
  }
}
