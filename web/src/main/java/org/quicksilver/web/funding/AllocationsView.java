package org.quicksilver.web.funding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.quicksilver.funding.AllocationForm;
import org.quicksilver.funding.AllocationRow;
import org.quicksilver.funding.AllocationService;
import org.quicksilver.funding.DonorShare;
import org.quicksilver.funding.FundingOptions;
import org.quicksilver.funding.Option;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;
import org.quicksilver.web.platform.UserSession;

/** Lists allocations, sets money aside, records what is spent, shows whose money it is. */
@Named
@ViewScoped
public class AllocationsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private AllocationService allocations;
  @Inject private FundingOptions options;
  @Inject private UserSession session;

  private PagedList<AllocationRow> list;
  private AllocationForm form;
  private List<Option> earmarks;
  private Long spending;
  private LocalDate spentOn;
  private BigDecimal spentUsd;
  private String description;
  private List<DonorShare> shares = List.of();

  @PostConstruct
  void init() {
    AllocationService service = allocations;
    list = new PagedList<>(service::list, service::count, row -> String.valueOf(row.id()));
  }

  public void startNew() {
    form = new AllocationForm();
    form.setAllocatedOn(LocalDate.now());
    if (earmarks == null) {
      earmarks = options.earmarks(session.getLocale());
    }
  }

  public void allocate() {
    allocations.allocate(form);
    Texts.info("funding.allocation.saved");
    form = null;
  }

  public void startSpending(long allocationId) {
    spending = allocationId;
    spentOn = LocalDate.now();
    spentUsd = null;
    description = null;
  }

  public void spend() {
    allocations.spend(spending, spentOn, spentUsd, description, null);
    Texts.info("funding.expense.saved");
    spending = null;
  }

  public void showShares(long allocationId) {
    shares = allocations.shares(allocationId);
  }

  public PagedList<AllocationRow> getList() {
    return list;
  }

  public AllocationForm getForm() {
    return form;
  }

  public List<Option> getEarmarks() {
    return earmarks;
  }

  public List<DonorShare> getShares() {
    return shares;
  }

  public LocalDate getSpentOn() {
    return spentOn;
  }

  public void setSpentOn(LocalDate spentOn) {
    this.spentOn = spentOn;
  }

  public BigDecimal getSpentUsd() {
    return spentUsd;
  }

  public void setSpentUsd(BigDecimal spentUsd) {
    this.spentUsd = spentUsd;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }
}
