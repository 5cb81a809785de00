package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.security.Permissions;

/**
 * Balances by fund and earmark. Three grouped queries whatever the number of receipts, allocations
 * and expenses; every figure is a sum of posted lines, so it can be traced to them.
 */
@Stateless
public class BalanceService {
  @PersistenceContext private EntityManager em;

  @RequiresPermissions(Permissions.FUNDING_READ)
  public List<FundBalance> byEarmark() {
    Map<Long, BigDecimal> received =
        sums("select r.earmark.id, sum(r.usdAmount) from Receipt r group by r.earmark.id");
    Map<Long, BigDecimal> allocated =
        sums("select a.earmark.id, sum(a.amountUsd) from Allocation a group by a.earmark.id");
    Map<Long, BigDecimal> spent =
        sums(
            "select e.allocation.earmark.id, sum(e.amountUsd) from Expense e"
                + " group by e.allocation.earmark.id");
    List<FundBalance> balances = new ArrayList<>();
    em.createQuery(
            "select e.fund.id, e.fund.code, e.id, e.code from Earmark e"
                + " order by e.fund.code, e.code",
            Object[].class)
        .getResultStream()
        .forEach(
            row -> {
              Long earmark = (Long) row[2];
              balances.add(
                  new FundBalance(
                      (Long) row[0],
                      (String) row[1],
                      earmark,
                      (String) row[3],
                      received.getOrDefault(earmark, BigDecimal.ZERO),
                      allocated.getOrDefault(earmark, BigDecimal.ZERO),
                      spent.getOrDefault(earmark, BigDecimal.ZERO)));
            });
    return balances;
  }

  private Map<Long, BigDecimal> sums(String jpql) {
    Map<Long, BigDecimal> sums = new HashMap<>();
    em.createQuery(jpql, Object[].class)
        .getResultStream()
        .forEach(row -> sums.put((Long) row[0], (BigDecimal) row[1]));
    return sums;
  }
}
