package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.authz.UnauthorizedException;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.security.DonorScope;
import org.quicksilver.security.Permissions;

/**
 * Received this year, outstanding and overdue pledges, and balances per fund: a handful of grouped
 * queries. A donor viewer sees their own donor's figures and no fund balances; {@link #ownDonor()}
 * gives them their donor's whole picture, and nothing of the secretariat's totals.
 */
@Stateless
public class FundingDashboard {
  @PersistenceContext private EntityManager em;
  @Inject private DonorScope scope;
  @Inject private BalanceService balances;
  @Inject private DonorAccountService donors;
  @Inject private Clock clock;

  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public FundingFigures figures() {
    Optional<Long> donor = scope.restriction();
    Money money = money(donor);
    List<FundBalance> funds = donor.isPresent() ? List.of() : balances.byEarmark();
    return new FundingFigures(
        money.year(),
        money.receivedThisYear(),
        money.outstanding(),
        money.overduePledges(),
        money.overdue(),
        funds);
  }

  /**
   * The donor viewer's own donor: received this year and to date, pledged, outstanding and overdue,
   * attributed and unallocated, and its money by fund, with the same figures as its donor page
   * ({@link DonorAccountService#account}). Refused to anyone not tied to a donor.
   */
  @RequiresPermissions(Permissions.FUNDING_OWN)
  public DonorFigures ownDonor() {
    long donor =
        scope.restriction().orElseThrow(() -> new UnauthorizedException("Not tied to a donor"));
    Money money = money(Optional.of(donor));
    DonorAccount account = donors.account(donor);
    Map<String, BigDecimal[]> byFund = new LinkedHashMap<>();
    for (DonorEarmarkBalance line : account.byEarmark()) {
      BigDecimal[] sums =
          byFund.computeIfAbsent(
              line.fundCode(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(line.received());
      sums[1] = sums[1].add(line.attributed());
    }
    List<DonorFundShare> funds = new ArrayList<>();
    byFund.forEach((fund, sums) -> funds.add(new DonorFundShare(fund, sums[0], sums[1])));
    DonorBalance totals = account.totals();
    return new DonorFigures(
        donor,
        totals.donorName(),
        money.year(),
        money.receivedThisYear(),
        totals.received(),
        totals.pledged(),
        money.outstanding(),
        money.overduePledges(),
        money.overdue(),
        totals.attributed(),
        totals.unallocated(),
        List.copyOf(funds));
  }

  /** Received this year, outstanding and overdue pledges, in USD, for all donors or one. */
  private record Money(
      int year,
      BigDecimal receivedThisYear,
      BigDecimal outstanding,
      long overduePledges,
      BigDecimal overdue) {}

  private Money money(Optional<Long> donor) {
    LocalDate today = LocalDate.now(clock);
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
    return new Money(
        today.getYear(), received.getSingleResult(), outstanding, overdueCount, overdue);
  }
}
