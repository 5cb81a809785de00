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
import org.quicksilver.funding.PledgeForm;
import org.quicksilver.funding.PledgeKind;
import org.quicksilver.funding.PledgeRow;
import org.quicksilver.funding.PledgeService;
import org.quicksilver.funding.PledgeStatus;
import org.quicksilver.web.export.Download;
import org.quicksilver.web.export.TableExport;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;
import org.quicksilver.web.platform.UserSession;

/** Lists pledges and agreements with their derived status, records one, writes one off. */
@Named
@ViewScoped
public class PledgesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PledgeService pledges;
  @Inject private FundingOptions options;
  @Inject private UserSession session;

  private PagedList<PledgeRow> list;
  private PledgeForm form;
  private List<Option> earmarks;
  private List<Option> donors;
  private List<String> currencies;
  private Long writingOff;
  private long writingOffVersion;
  private String writeOffReason;
  private final LocalDate today = LocalDate.now();

  @PostConstruct
  void init() {
    PledgeService service = pledges;
    list = new PagedList<>(service::list, service::count, row -> String.valueOf(row.id()));
  }

  public void startNew() {
    form = new PledgeForm();
    form.setPledgedOn(today);
    form.setExpectedBy(today.plusMonths(6));
    form.setCurrencyCode("USD");
    if (earmarks == null) {
      earmarks = options.earmarks(session.getLocale());
      donors = options.donors();
      currencies = options.currencies();
    }
  }

  public void record() {
    pledges.record(form);
    Texts.info("funding.pledge.recorded", form.getReference());
    form = null;
  }

  public void startWriteOff(long id, long version) {
    writingOff = id;
    writingOffVersion = version;
    writeOffReason = null;
  }

  public void writeOff() {
    pledges.writeOff(writingOff, writingOffVersion, writeOffReason);
    Texts.info("funding.pledge.writtenOff");
    writingOff = null;
  }

  public PledgeStatus status(PledgeRow row) {
    return row.status(today);
  }

  public StreamedContent exportCsv() {
    return Download.of(
        "pledges.csv", TableExport.CSV_CONTENT_TYPE, TableExport.csv(headers(), rows()));
  }

  public StreamedContent exportXlsx() {
    return Download.of(
        "pledges.xlsx",
        TableExport.XLSX_CONTENT_TYPE,
        TableExport.xlsx(Texts.text("funding.pledges"), headers(), rows()));
  }

  private List<String> headers() {
    return List.of(
        Texts.text("funding.pledgedOn"),
        Texts.text("funding.donor"),
        Texts.text("funding.reference"),
        Texts.text("funding.kind"),
        Texts.text("funding.fund"),
        Texts.text("funding.earmark"),
        Texts.text("funding.amount"),
        Texts.text("funding.currency"),
        Texts.text("funding.received"),
        Texts.text("funding.outstanding"),
        Texts.text("funding.usdValue"),
        Texts.text("funding.exchangeDifference"),
        Texts.text("funding.expectedBy"),
        Texts.text("funding.status"));
  }

  private List<List<Object>> rows() {
    return pledges.export(list.getLastFilters()).stream()
        .map(
            p ->
                Arrays.<Object>asList(
                    p.pledgedOn(),
                    p.donorName(),
                    p.reference(),
                    Texts.text("enum.PledgeKind." + p.kind()),
                    p.fundCode(),
                    p.earmarkCode(),
                    Download.plain(p.amount()),
                    p.currencyCode(),
                    Download.plain(p.received()),
                    Download.plain(p.outstanding()),
                    p.usdValue(),
                    p.exchangeDifference(),
                    p.expectedBy(),
                    Texts.text("enum.PledgeStatus." + p.status(today))))
        .toList();
  }

  public PledgeKind[] getKinds() {
    return PledgeKind.values();
  }

  public PagedList<PledgeRow> getList() {
    return list;
  }

  public PledgeForm getForm() {
    return form;
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

  public String getWriteOffReason() {
    return writeOffReason;
  }

  public void setWriteOffReason(String writeOffReason) {
    this.writeOffReason = writeOffReason;
  }
}
