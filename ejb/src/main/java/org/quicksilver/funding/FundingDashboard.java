package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.security.DonorScope;
import org.quicksilver.security.Permissions;

/**
 * Received this year, outstanding and overdue pledges, and balances per fund: a handful of grouped
 * queries. A donor viewer sees their own donor's figures and no fund balances.
 */
@Stateless
public class FundingDashboard {
  @PersistenceContext private EntityManager em;
  @Inject private DonorScope scope;
  @Inject private BalanceService balances;
  @Inject private Clock clock;

  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public FundingFigures figures() {
    LocalDate today = LocalDate.now(clock);
    Optional<Long> donor = scope.restriction();
    String ownReceipts = donor.isPresent() ? " and r.donor.id = :donor" : "";
    var received =
        em.createQuery(
                "select coalesce(sum(r.usdAmount), 0) from Receipt r"
                    + " where r.receivedOn >= :from and r.receivedOn <= :to"
                    + ownReceipts,
                BigDecimal.class)
            .setParameter("from", today.withDayOfYear(1))
            .setParameter("to", today);
    donor.ifPresent(d -> received.setParameter("donor", d));

    var pledges =
        em.createQuery(
            "select p.amount, p.unitsPerUsd, p.expectedBy,"
                + " (select coalesce(sum(r.amount), 0) from Receipt r where r.pledge = p)"
                + " from Pledge p where p.writtenOffOn is null"
                + (donor.isPresent() ? " and p.donor.id = :donor" : ""),
            Object[].class);
    donor.ifPresent(d -> pledges.setParameter("donor", d));
    BigDecimal outstanding = BigDecimal.ZERO;
    BigDecimal overdue = BigDecimal.ZERO;
    long overdueCount = 0;
    for (Object[] row : pledges.getResultList()) {
      BigDecimal unpaid = ((BigDecimal) row[0]).subtract((BigDecimal) row[3]);
      if (unpaid.signum() <= 0) {
        continue;
      }
      BigDecimal usd = unpaid.divide((BigDecimal) row[1], 2, RoundingMode.HALF_EVEN);
      outstanding = outstanding.add(usd);
      if (today.isAfter((LocalDate) row[2])) {
        overdue = overdue.add(usd);
        overdueCount++;
      }
    }
    List<FundBalance> funds = donor.isPresent() ? List.of() : balances.byEarmark();
    return new FundingFigures(
        today.getYear(), received.getSingleResult(), outstanding, overdueCount, overdue, funds);
  }
}
