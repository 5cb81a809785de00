package org.quicksilver.web.funding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;
import org.quicksilver.funding.BalanceService;
import org.quicksilver.funding.FundBalance;

/** Balances by fund and earmark, with totals. */
@Named
@ViewScoped
public class BalancesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private BalanceService balances;

  private List<FundBalance> rows;

  public List<FundBalance> getRows() {
    if (rows == null) {
      rows = balances.byEarmark();
    }
    return rows;
  }

  public BigDecimal getReceived() {
    return total(FundBalance::received);
  }

  public BigDecimal getAllocated() {
    return total(FundBalance::allocated);
  }

  public BigDecimal getSpent() {
    return total(FundBalance::spent);
  }

  public BigDecimal getAvailable() {
    return total(FundBalance::available);
  }

  private BigDecimal total(Function<FundBalance, BigDecimal> column) {
    return getRows().stream().map(column).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
