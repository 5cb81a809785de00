package org.quicksilver.web.funding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.apache.shiro.authz.AuthorizationException;
import org.omnifaces.util.Faces;
import org.quicksilver.funding.AttributionRow;
import org.quicksilver.funding.DonorAccount;
import org.quicksilver.funding.DonorAccountService;
import org.quicksilver.funding.ObligationRow;
import org.quicksilver.funding.ObligationStatus;
import org.quicksilver.funding.PledgeRow;
import org.quicksilver.funding.PledgeService;
import org.quicksilver.funding.PledgeStatus;
import org.quicksilver.funding.ReceiptRow;
import org.quicksilver.funding.ReceiptService;
import org.quicksilver.funding.ReportingObligationService;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;

/**
 * Everything about one donor: its totals and money by earmark, its pledges, receipts, what its
 * money paid for, and the reports its agreements ask for.
 */
@Named
@ViewScoped
public class DonorView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private DonorAccountService accounts;
  @Inject private PledgeService pledgeService;
  @Inject private ReceiptService receiptService;
  @Inject private ReportingObligationService obligationService;

  private final LocalDate today = LocalDate.now();
  private Long donorId;
  private DonorAccount account;
  private PagedList<PledgeRow> pledges;
  private PagedList<ReceiptRow> receipts;
  private PagedList<AttributionRow> attribution;
  private List<ObligationRow> obligations;
  private ObligationForm obligationForm;
  private ObligationRow submitting;
  private LocalDate submittedOn;

  /** Opens the page; an unknown donor is a 404, another donor's page a 403. */
  public void load() throws IOException {
    if (donorId == null) {
      Faces.responseSendError(404, "");
      return;
    }
    try {
      account = accounts.account(donorId);
    } catch (RecordNotFoundException unknown) {
      Faces.responseSendError(404, "");
      return;
    } catch (AuthorizationException anotherDonor) {
      Faces.responseSendError(403, "");
      return;
    }
    String id = donorId.toString();
    PledgeService p = pledgeService;
    pledges = new PagedList<>(p::list, p::count, row -> row.id().toString());
    pledges.restrictedTo("donorId", id);
    ReceiptService r = receiptService;
    receipts = new PagedList<>(r::list, r::count, row -> row.id().toString());
    receipts.restrictedTo("donorId", id);
    DonorAccountService a = accounts;
    long donor = donorId;
    attribution =
        new PagedList<>(
            query -> a.attribution(donor, query),
            filters -> a.countAttribution(donor),
            row -> row.allocationId().toString());
    obligations = obligationService.forDonor(donorId);
  }

  public void startObligation() {
    obligationForm = new ObligationForm();
    obligationForm.setDueOn(today.plusMonths(3));
  }

  public void addObligation() {
    obligationService.add(
        obligationForm.getPledgeId(), obligationForm.getDescription(), obligationForm.getDueOn());
    Texts.info("funding.obligation.added");
    obligationForm = null;
    obligations = obligationService.forDonor(donorId);
  }

  public void startSubmitting(ObligationRow row) {
    submitting = row;
    submittedOn = today;
  }

  public void markSubmitted() {
    obligationService.markSubmitted(submitting.id(), submitting.version(), submittedOn);
    Texts.info("funding.obligation.submitted", submitting.description());
    submitting = null;
    obligations = obligationService.forDonor(donorId);
  }

  public PledgeStatus pledgeStatus(PledgeRow row) {
    return row.status(today);
  }

  public ObligationStatus obligationStatus(ObligationRow row) {
    return row.status(today);
  }

  /** The donor's pledges to choose from when adding an obligation. */
  public List<PledgeRow> getPledgeChoices() {
    return pledgeService.export(java.util.Map.of("donorId", donorId.toString()));
  }

  public Long getDonorId() {
    return donorId;
  }

  public void setDonorId(Long donorId) {
    this.donorId = donorId;
  }

  public DonorAccount getAccount() {
    return account;
  }

  public PagedList<PledgeRow> getPledges() {
    return pledges;
  }

  public PagedList<ReceiptRow> getReceipts() {
    return receipts;
  }

  public PagedList<AttributionRow> getAttribution() {
    return attribution;
  }

  public List<ObligationRow> getObligations() {
    return obligations;
  }

  public ObligationForm getObligationForm() {
    return obligationForm;
  }

  public ObligationRow getSubmitting() {
    return submitting;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public void setSubmittedOn(LocalDate submittedOn) {
    this.submittedOn = submittedOn;
  }
}
