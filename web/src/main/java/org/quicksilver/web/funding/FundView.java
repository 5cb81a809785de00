package org.quicksilver.web.funding;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import org.omnifaces.util.Faces;
import org.quicksilver.funding.FundAccount;
import org.quicksilver.funding.FundAccountService;
import org.quicksilver.funding.Movement;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.web.platform.PagedList;

/** A fund's page: balances by earmark and the ledger of its movements. */
@Named
@ViewScoped
public class FundView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private FundAccountService funds;

  private Long fundId;
  private FundAccount account;
  private PagedList<Movement> movements;

  public void load() throws IOException {
    if (fundId == null) {
      Faces.responseSendError(404, "");
      return;
    }
    try {
      account = funds.account(fundId);
    } catch (RecordNotFoundException unknown) {
      Faces.responseSendError(404, "");
      return;
    }
    FundAccountService service = funds;
    long fund = fundId;
    movements =
        new PagedList<>(
            query -> service.movements(fund, query),
            filters -> service.countMovements(fund),
            row -> row.kind() + "-" + row.id());
  }

  public String getName() {
    return account.name(FacesContext.getCurrentInstance().getViewRoot().getLocale());
  }

  public Long getFundId() {
    return fundId;
  }

  public void setFundId(Long fundId) {
    this.fundId = fundId;
  }

  public FundAccount getAccount() {
    return account;
  }

  public PagedList<Movement> getMovements() {
    return movements;
  }
}
