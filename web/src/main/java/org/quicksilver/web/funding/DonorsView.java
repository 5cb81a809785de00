package org.quicksilver.web.funding;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.quicksilver.funding.DonorAccountService;
import org.quicksilver.funding.DonorBalance;
import org.quicksilver.web.platform.PagedList;

/** Balances by donor: pledged, received, attributed to allocations, and what is unallocated. */
@Named
@ViewScoped
public class DonorsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private DonorAccountService accounts;

  private PagedList<DonorBalance> list;

  @PostConstruct
  void init() {
    DonorAccountService service = accounts;
    list = new PagedList<>(service::list, service::count, row -> String.valueOf(row.donorId()));
  }

  public PagedList<DonorBalance> getList() {
    return list;
  }
}
