package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.funding.AttributionRow;
import org.quicksilver.funding.BalanceService;
import org.quicksilver.funding.DonorAccount;
import org.quicksilver.funding.DonorAccountService;
import org.quicksilver.funding.DonorBalance;
import org.quicksilver.funding.DonorEarmarkBalance;
import org.quicksilver.funding.FundAccount;
import org.quicksilver.funding.FundAccountService;
import org.quicksilver.funding.FundBalance;
import org.quicksilver.funding.Movement;
import org.quicksilver.funding.ObligationRow;
import org.quicksilver.funding.ObligationStatus;
import org.quicksilver.funding.ReportingObligationService;
import org.quicksilver.platform.ConcurrentChangeException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.PageQuery;

/**
 * Donors' and funds' pages on the configured database: every figure is the ledger's sum, a donor
 * viewer reaches only its own donor, reporting obligations are kept with their dates.
 */
@ExtendWith(ArquillianExtension.class)
class DonorAndFundAccountsIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(DonorAndFundAccountsIT.class);
  }

  @Inject DonorAccountService donors;
  @Inject FundAccountService funds;
  @Inject BalanceService balances;
  @Inject ReportingObligationService obligations;
  @PersistenceContext EntityManager em;

  @Test
  void aDonorsFiguresAreTheLedgersSumsAndItsEarmarkLinesAddUpToThem() throws Exception {
    long sweden = organisation("Government of Sweden");
    DonorAccount account = As.user("programme", () -> donors.account(sweden));

    assertEquals(
        sum("select sum(r.usdAmount) from Receipt r where r.donor.id = " + sweden),
        account.totals().received());
    assertEquals(
        sum("select sum(p.usdValue) from Pledge p where p.donor.id = " + sweden),
        account.totals().pledged());
    assertEquals(
        0,
        account
            .totals()
            .received()
            .compareTo(
                account.byEarmark().stream()
                    .map(DonorEarmarkBalance::received)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
    assertEquals(
        0,
        account
            .totals()
            .attributed()
            .compareTo(
                account.byEarmark().stream()
                    .map(DonorEarmarkBalance::attributed)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
    List<AttributionRow> paid =
        As.user("programme", () -> donors.attribution(sweden, PageQuery.firstPage(200)));
    assertEquals(
        0,
        account
            .totals()
            .attributed()
            .compareTo(
                paid.stream()
                    .map(AttributionRow::donorShareUsd)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
    assertEquals(paid.size(), As.user("programme", () -> donors.countAttribution(sweden)));
  }

  @Test
  void theDonorsListPagesSortsAndFiltersInTheDatabase() throws Exception {
    List<DonorBalance> byReceived =
        As.user("finance", () -> donors.list(new PageQuery(0, 3, "received", false, Map.of())));
    assertEquals(3, byReceived.size());
    assertTrue(byReceived.get(0).received().compareTo(byReceived.get(1).received()) >= 0);
    assertTrue(byReceived.get(1).received().compareTo(byReceived.get(2).received()) >= 0);
    List<DonorBalance> japan =
        As.user(
            "finance", () -> donors.list(PageQuery.firstPage(10).filteredBy("donorName", "JAPAN")));
    assertEquals(1, japan.size());
    assertEquals("Government of Japan", japan.get(0).donorName());
    assertEquals(1L, As.user("finance", () -> donors.count(Map.of("donorName", "japan"))));
  }

  @Test
  void aDonorViewerSeesItsOwnDonorOnlyHoweverTheRequestIsCrafted() throws Exception {
    long sweden = organisation("Government of Sweden");
    long japan = organisation("Government of Japan");
    List<DonorBalance> seen =
        As.user(
            "donor",
            () ->
                donors.list(PageQuery.firstPage(50).filteredBy("donorId", String.valueOf(japan))));
    assertEquals(1, seen.size());
    assertEquals(sweden, seen.get(0).donorId());
    assertEquals(1L, As.user("donor", () -> donors.count(Map.of())));
    assertEquals(sweden, As.user("donor", () -> donors.account(sweden)).totals().donorId());
    assertThrows(AuthorizationException.class, () -> As.user("donor", () -> donors.account(japan)));
    assertThrows(
        AuthorizationException.class,
        () -> As.user("donor", () -> donors.attribution(japan, PageQuery.firstPage(5))));
    assertThrows(
        AuthorizationException.class, () -> As.user("donor", () -> obligations.forDonor(japan)));
    assertThrows(AuthorizationException.class, () -> As.user("donor", () -> funds.account(1L)));
  }

  @Test
  void aReportingObligationIsDueThenOverdueThenSentAndAStaleSaveIsRefused() throws Exception {
    long austria = organisation("Government of Austria");
    long pledge =
        em.createQuery("select p.id from Pledge p where p.donor.id = :d order by p.id", Long.class)
            .setParameter("d", austria)
            .setMaxResults(1)
            .getSingleResult();
    String description = "Annual narrative report " + System.nanoTime();
    long id =
        As.user("finance", () -> obligations.add(pledge, description, LocalDate.of(2019, 3, 31)));
    ObligationRow row = find(austria, id);
    assertEquals(ObligationStatus.OVERDUE, row.status(LocalDate.of(2019, 4, 1)));
    assertEquals(ObligationStatus.DUE, row.status(LocalDate.of(2019, 3, 31)));

    assertThrows(
        AuthorizationException.class,
        () -> As.user("programme", () -> obligations.add(pledge, "Sneaky", LocalDate.now())));
    InvalidInputException future =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "finance",
                    () -> {
                      obligations.markSubmitted(id, row.version(), LocalDate.now().plusDays(2));
                      return null;
                    }));
    assertEquals("funding.obligation.submittedInFuture", future.messageKey());

    As.user(
        "finance",
        () -> {
          obligations.markSubmitted(id, row.version(), LocalDate.of(2019, 3, 28));
          return null;
        });
    ObligationRow sent = find(austria, id);
    assertEquals(ObligationStatus.SUBMITTED, sent.status(LocalDate.of(2020, 1, 1)));
    assertEquals(LocalDate.of(2019, 3, 28), sent.submittedOn());
    assertThrows(
        ConcurrentChangeException.class,
        () ->
            As.user(
                "finance",
                () -> {
                  obligations.markSubmitted(id, row.version(), LocalDate.of(2019, 3, 29));
                  return null;
                }));
    assertTrue(
        As.user("finance", () -> obligations.dueBy(LocalDate.of(2100, 1, 1), 200)).stream()
            .noneMatch(o -> o.id() == id),
        "a sent report is no longer due");
  }

  @Test
  void aFundsLedgerHoldsEveryReceiptAllocationAndExpenseAndItsTotalsMatchTheBalances()
      throws Exception {
    long gtf =
        em.createQuery("select f.id from Fund f where f.code = 'GTF'", Long.class)
            .getSingleResult();
    FundAccount account = As.user("finance", () -> funds.account(gtf));
    FundBalance total = account.total();
    List<FundBalance> all = As.user("finance", () -> balances.byEarmark());
    assertEquals(
        0,
        total
            .received()
            .compareTo(
                all.stream()
                    .filter(b -> b.fundId() == gtf)
                    .map(FundBalance::received)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));

    long expected =
        count("select count(r) from Receipt r where r.fund.id = " + gtf)
            + count("select count(a) from Allocation a where a.fund.id = " + gtf)
            + count("select count(x) from Expense x where x.allocation.fund.id = " + gtf);
    assertEquals(expected, As.user("finance", () -> funds.countMovements(gtf)));
    List<Movement> page = As.user("finance", () -> funds.movements(gtf, PageQuery.firstPage(25)));
    assertEquals(Math.min(25, expected), page.size());
    for (int i = 1; i < page.size(); i++) {
      assertTrue(!page.get(i).on().isAfter(page.get(i - 1).on()), "newest first");
    }
    Movement receipt =
        page.stream().filter(m -> m.kind() == Movement.Kind.RECEIPT).findFirst().orElseThrow();
    assertTrue(receipt.receivedUsd() != null && receipt.party() != null, receipt.toString());
  }

  private ObligationRow find(long donor, long id) throws Exception {
    return As.user("finance", () -> obligations.forDonor(donor)).stream()
        .filter(o -> o.id() == id)
        .findFirst()
        .orElseThrow();
  }

  private BigDecimal sum(String jpql) {
    BigDecimal sum = em.createQuery(jpql, BigDecimal.class).getSingleResult();
    return sum == null ? BigDecimal.ZERO.setScale(2) : sum;
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }

  private long organisation(String name) {
    return em.createQuery("select o.id from Organisation o where o.name = :n", Long.class)
        .setParameter("n", name)
        .getSingleResult();
  }
}
