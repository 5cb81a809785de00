package org.quicksilver.web.funding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.primefaces.model.StreamedContent;
import org.quicksilver.funding.FundingOptions;
import org.quicksilver.funding.Option;
import org.quicksilver.funding.ReceiptForm;
import org.quicksilver.funding.ReceiptRow;
import org.quicksilver.funding.ReceiptService;
import org.quicksilver.web.export.Download;
import org.quicksilver.web.export.TableExport;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;
import org.quicksilver.web.platform.UserSession;

/** Lists receipts, posts a new one, and reverses one with a reason. */
@Named
@ViewScoped
public class ReceiptsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ReceiptService receipts;
  @Inject private FundingOptions options;
  @Inject private UserSession session;

  private PagedList<ReceiptRow> list;
  private ReceiptForm form;
  private List<Option> pledges = List.of();
  private List<Option> earmarks;
  private List<Option> donors;
  private List<String> currencies;
  private Long reversing;
  private String reversalReason;

  @PostConstruct
  void init() {
    ReceiptService service = receipts;
    list = new PagedList<>(service::list, service::count, row -> String.valueOf(row.id()));
  }

  public void startNew() {
    form = new ReceiptForm();
    form.setReceivedOn(LocalDate.now());
    form.setCurrencyCode("USD");
    pledges = List.of();
    if (earmarks == null) {
      // the form's choices, loaded once per page
      earmarks = options.earmarks(session.getLocale());
      donors = options.donors();
      currencies = options.currencies();
    }
  }

  public void donorChanged() {
    pledges = form.getDonorId() == null ? List.of() : options.openPledges(form.getDonorId());
    form.setPledgeId(null);
  }

  public void post() {
    receipts.post(form);
    Texts.info("funding.receipt.posted");
    form = null;
  }

  public void startReversal(long id) {
    reversing = id;
    reversalReason = null;
  }

  public void reverse() {
    receipts.reverse(reversing, reversalReason);
    Texts.info("funding.receipt.reversed");
    reversing = null;
  }

  public StreamedContent exportCsv() {
    return Download.of(
        "receipts.csv", TableExport.CSV_CONTENT_TYPE, TableExport.csv(headers(), rows()));
  }

  public StreamedContent exportXlsx() {
    return Download.of(
        "receipts.xlsx",
        TableExport.XLSX_CONTENT_TYPE,
        TableExport.xlsx(Texts.text("funding.receipts"), headers(), rows()));
  }

  private List<String> headers() {
    return List.of(
        Texts.text("funding.receivedOn"),
        Texts.text("funding.donor"),
        Texts.text("funding.fund"),
        Texts.text("funding.earmark"),
        Texts.text("funding.amount"),
        Texts.text("funding.currency"),
        Texts.text("funding.rate"),
        Texts.text("funding.source"),
        Texts.text("funding.usd"),
        Texts.text("funding.bankReference"),
        Texts.text("funding.reversalOf"),
        Texts.text("funding.reason"));
  }

  private List<List<Object>> rows() {
    return receipts.export(list.getLastFilters()).stream()
        .map(
            r ->
                Arrays.<Object>asList(
                    r.receivedOn(),
                    r.donorName(),
                    r.fundCode(),
                    r.earmarkCode(),
                    Download.plain(r.amount()),
                    r.currencyCode(),
                    Download.plain(r.unitsPerUsd()),
                    r.rateSource(),
                    r.usdAmount(),
                    r.bankReference(),
                    r.reversesBankReference(),
                    r.reversalReason()))
        .toList();
  }

  public List<Option> getEarmarks() {
    return earmarks;
  }

  public List<Option> getDonors() {
    return donors;
  }

  public List<String> getCurrencies() {
    return currencies;
  }

  public List<Option> getPledges() {
    return pledges;
  }

  public PagedList<ReceiptRow> getList() {
    return list;
  }

  public ReceiptForm getForm() {
    return form;
  }

  public String getReversalReason() {
    return reversalReason;
  }

  public void setReversalReason(String reversalReason) {
    this.reversalReason = reversalReason;
  }
}
