package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.AuthorizationException;
import org.apache.shiro.mgt.SecurityManager;
import org.apache.shiro.util.ThreadContext;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.funding.AllocationForm;
import org.quicksilver.funding.AllocationService;
import org.quicksilver.funding.BalanceService;
import org.quicksilver.funding.ContributionLine;
import org.quicksilver.funding.ContributionsStatus;
import org.quicksilver.funding.ExchangeRateService;
import org.quicksilver.funding.FundBalance;
import org.quicksilver.funding.PledgeForm;
import org.quicksilver.funding.PledgeKind;
import org.quicksilver.funding.PledgeRow;
import org.quicksilver.funding.PledgeService;
import org.quicksilver.funding.PledgeStatus;
import org.quicksilver.funding.RateForm;
import org.quicksilver.funding.RateRow;
import org.quicksilver.funding.ReceiptForm;
import org.quicksilver.funding.ReceiptRow;
import org.quicksilver.funding.ReceiptService;
import org.quicksilver.platform.ConcurrentChangeException;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.PageQuery;

/**
 * The funding services in the container on the configured database: money at the currency's minor
 * units, UN rates with their provenance, reversals, derived pledge status, allocations that never
 * exceed the balance (also when two people allocate at once) and donor attribution.
 */
@ExtendWith(ArquillianExtension.class)
class FundingServicesIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(FundingServicesIT.class);
  }

  @Inject ReceiptService receipts;
  @Inject PledgeService pledges;
  @Inject AllocationService allocations;
  @Inject BalanceService balances;
  @Inject ContributionsStatus status;
  @Inject ExchangeRateService rates;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  @Test
  void aReceiptInYenIsConvertedAtTheMonthsRateAndKeepsItsProvenance() throws Exception {
    ReceiptForm form = receipt("Government of Japan", "GTF", "UNEARMARKED", "JPY", "1000000");
    form.setReceivedOn(LocalDate.of(2018, 7, 3));
    form.setBankReference("IT-JPY-" + System.nanoTime());
    As.user("finance", () -> receipts.post(form));
    ReceiptRow row = find(form.getBankReference());
    BigDecimal rate = rate("JPY", 2018, 7);
    assertEquals(0, new BigDecimal("1000000").compareTo(row.amount()));
    assertEquals(0, rate.compareTo(row.unitsPerUsd()));
    assertTrue(row.rateSource().contains("UN operational"));
    assertEquals(
        new BigDecimal("1000000").divide(rate, 2, java.math.RoundingMode.HALF_EVEN),
        row.usdAmount());
  }

  @Test
  void anAmountFinerThanTheCurrencyAllowsIsRefusedAndNothingIsSaved() throws Exception {
    ReceiptForm yen = receipt("Government of Japan", "GTF", "UNEARMARKED", "JPY", "1000.5");
    yen.setBankReference("IT-FINE-" + System.nanoTime());
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> As.user("finance", () -> receipts.post(yen)));
    assertEquals("reference.currency.tooManyDecimals", refused.messageKey());
    assertEquals(0, countReference(yen.getBankReference()));
  }

  @Test
  void aMissingRateIsAClearErrorAndAnotherRateNeedsAReason() throws Exception {
    ReceiptForm kwd = receipt("Government of Norway", "GTF", "UNEARMARKED", "KWD", "1000.125");
    kwd.setReceivedOn(LocalDate.of(2016, 1, 10));
    kwd.setBankReference("IT-KWD-" + System.nanoTime());
    InvalidInputException missing =
        assertThrows(
            InvalidInputException.class, () -> As.user("finance", () -> receipts.post(kwd)));
    assertEquals("funding.rate.missing", missing.messageKey());

    kwd.setUnitsPerUsd(new BigDecimal("0.30"));
    InvalidInputException noReason =
        assertThrows(
            InvalidInputException.class, () -> As.user("finance", () -> receipts.post(kwd)));
    assertEquals("funding.rate.overrideReasonRequired", noReason.messageKey());

    kwd.setRateOverrideReason("Rate on the bank's credit advice");
    As.user("finance", () -> receipts.post(kwd));
    ReceiptRow row = find(kwd.getBankReference());
    assertEquals(0, new BigDecimal("1000.125").compareTo(row.amount()), "KWD keeps three decimals");
    assertEquals("entered", row.rateSource());
    assertEquals(new BigDecimal("3333.75"), row.usdAmount());
  }

  @Test
  void theSameBankReferenceTwiceForOneDonorIsADuplicate() throws Exception {
    String reference = "IT-DUP-" + System.nanoTime();
    ReceiptForm first = receipt("Government of Sweden", "GTF", "UNEARMARKED", "USD", "100.00");
    first.setBankReference(reference);
    As.user("finance", () -> receipts.post(first));
    assertThrows(
        DuplicateRecordException.class, () -> As.user("finance", () -> receipts.post(first)));
    ReceiptForm otherDonor = receipt("Government of Norway", "GTF", "UNEARMARKED", "USD", "100.00");
    otherDonor.setBankReference(reference);
    As.user("finance", () -> receipts.post(otherDonor));
  }

  @Test
  void aReversalCancelsAReceiptExactlyAndBothStayVisible() throws Exception {
    ReceiptForm form = receipt("Government of Sweden", "GTF", "UNEARMARKED", "SEK", "12345.67");
    form.setReceivedOn(LocalDate.of(2018, 3, 9));
    form.setBankReference("IT-REV-" + System.nanoTime());
    long id = As.user("finance", () -> receipts.post(form));
    assertThrows(
        InvalidInputException.class, () -> As.user("finance", () -> receipts.reverse(id, " ")));
    long reversal = As.user("finance", () -> receipts.reverse(id, "Entered twice"));
    assertThrows(
        InvalidInputException.class,
        () -> As.user("finance", () -> receipts.reverse(id, "Again")),
        "a receipt is reversed once");
    ReceiptRow original = find(form.getBankReference());
    ReceiptRow reversed =
        As.user("finance", () -> receipts.list(PageQuery.firstPage(200))).stream()
            .filter(r -> r.id() == reversal)
            .findFirst()
            .orElseThrow();
    assertEquals(original.id(), reversed.reversesId());
    assertEquals(0, original.amount().add(reversed.amount()).signum());
    assertEquals(0, original.usdAmount().add(reversed.usdAmount()).signum());
  }

  @Test
  void aPledgesStatusFollowsItsReceipts() throws Exception {
    PledgeForm pledge = new PledgeForm();
    pledge.setDonorId(organisation("Government of Austria"));
    pledge.setEarmarkId(earmark("STF", "UNEARMARKED"));
    pledge.setKind(PledgeKind.AGREEMENT);
    pledge.setReference("IT-PL-" + System.nanoTime());
    pledge.setPledgedOn(LocalDate.of(2018, 2, 1));
    pledge.setExpectedBy(LocalDate.of(2099, 12, 31));
    pledge.setAmount(new BigDecimal("10000"));
    pledge.setCurrencyCode("EUR");
    long id = As.user("finance", () -> pledges.record(pledge));
    assertEquals(PledgeStatus.PLEDGED, pledgeRow(pledge.getReference()).status(LocalDate.now()));

    ReceiptForm part = receipt("Government of Austria", "STF", "UNEARMARKED", "EUR", "4000");
    part.setPledgeId(id);
    part.setReceivedOn(LocalDate.of(2018, 5, 2));
    As.user("finance", () -> receipts.post(part));
    PledgeRow partly = pledgeRow(pledge.getReference());
    assertEquals(PledgeStatus.PARTLY_PAID, partly.status(LocalDate.now()));
    assertEquals(0, new BigDecimal("6000").compareTo(partly.outstanding()));
    assertEquals(PledgeStatus.OVERDUE, partly.status(LocalDate.of(2100, 1, 1)));

    ReceiptForm rest = receipt("Government of Austria", "STF", "UNEARMARKED", "EUR", "6000");
    rest.setPledgeId(id);
    rest.setReceivedOn(LocalDate.of(2018, 9, 2));
    As.user("finance", () -> receipts.post(rest));
    assertEquals(PledgeStatus.PAID, pledgeRow(pledge.getReference()).status(LocalDate.now()));

    ReceiptForm wrongCurrency = receipt("Government of Austria", "STF", "UNEARMARKED", "USD", "1");
    wrongCurrency.setPledgeId(id);
    assertThrows(
        InvalidInputException.class, () -> As.user("finance", () -> receipts.post(wrongCurrency)));
  }

  @Test
  void anAllocationNeverExceedsTheBalanceAndIsAttributedToTheDonors() throws Exception {
    long earmarkId = earmark("SIP", "SIP");
    FundBalance before = balance(earmarkId);
    AllocationForm tooMuch = allocation(earmarkId, before.available().add(BigDecimal.ONE));
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> As.user("finance", () -> allocations.allocate(tooMuch)));
    assertEquals("funding.allocation.exceedsBalance", refused.messageKey());

    AllocationForm some = allocation(earmarkId, new BigDecimal("1000.01"));
    long id = As.user("finance", () -> allocations.allocate(some));
    FundBalance after = balance(earmarkId);
    assertEquals(before.available().subtract(new BigDecimal("1000.01")), after.available());
    BigDecimal attributed =
        em.createQuery(
                "select sum(value(s)) from Allocation a join a.shares s where a.id = :id",
                BigDecimal.class)
            .setParameter("id", id)
            .getSingleResult();
    assertEquals(new BigDecimal("1000.01"), attributed);
  }

  @Test
  void twoPeopleAllocatingTheLastMoneyAtOnceCannotBothHaveIt() throws Exception {
    // a fresh earmark-sized pot: a receipt of 1,000 USD into a new earmark of its own
    long earmarkId = newEarmarkWith("1000.00");
    SecurityManager security = SecurityUtils.getSecurityManager();
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<Long>> results = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        results.add(
            pool.submit(
                (Callable<Long>)
                    () -> {
                      ThreadContext.bind(security);
                      try {
                        start.await();
                        return As.user(
                            "finance",
                            () ->
                                allocations.allocate(allocation(earmarkId, new BigDecimal("700"))));
                      } finally {
                        ThreadContext.remove();
                      }
                    }));
      }
      start.countDown();
      int granted = 0;
      int refused = 0;
      for (Future<Long> result : results) {
        try {
          result.get();
          granted++;
        } catch (java.util.concurrent.ExecutionException e) {
          assertTrue(e.getCause() instanceof InvalidInputException, e.getCause().toString());
          refused++;
        }
      }
      assertEquals(1, granted);
      assertEquals(1, refused);
      assertEquals(new BigDecimal("300.00"), balance(earmarkId).available());
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void readersMayReadAndOnlyFinanceOfficersWrite() throws Exception {
    As.user("programme", () -> receipts.count(Map.of()));
    ReceiptForm form = receipt("Government of Japan", "GTF", "UNEARMARKED", "USD", "5.00");
    assertThrows(
        AuthorizationException.class, () -> As.user("programme", () -> receipts.post(form)));
    assertThrows(
        AuthorizationException.class, () -> As.user("member", () -> receipts.count(Map.of())));
  }

  @Test
  void aDonorViewerSeesOnlyTheirOwnDonorWhateverTheyAskFor() throws Exception {
    long sweden = organisation("Government of Sweden");
    long japan = organisation("Government of Japan");
    List<ReceiptRow> asked =
        As.user(
            "donor",
            () ->
                receipts.list(
                    PageQuery.firstPage(200).filteredBy("donorId", String.valueOf(japan))));
    assertTrue(
        asked.stream().allMatch(r -> r.donorId() == sweden), "a crafted filter shows nothing else");
    List<ReceiptRow> own = As.user("donor", () -> receipts.list(PageQuery.firstPage(200)));
    assertTrue(!own.isEmpty() && own.stream().allMatch(r -> r.donorId() == sweden));
    assertEquals((long) own.size(), (long) As.user("donor", () -> receipts.count(Map.of())));
    assertTrue(
        As.user("donor", () -> pledges.list(PageQuery.firstPage(200))).stream()
            .allMatch(p -> p.donorId() == sweden));
    assertThrows(
        AuthorizationException.class,
        () ->
            As.user(
                "donor",
                () ->
                    receipts.post(
                        receipt("Government of Sweden", "GTF", "UNEARMARKED", "USD", "1"))));
    assertThrows(AuthorizationException.class, () -> As.user("donor", () -> balances.byEarmark()));
  }

  @Test
  void aRateIsRecordedOnceAndAStaleCorrectionOverwritesNothing() throws Exception {
    RateForm rate = new RateForm();
    rate.setCurrencyCode("GBP");
    rate.setMonth(LocalDate.of(2031, 1, 1));
    rate.setUnitsPerUsd(new BigDecimal("0.79"));
    As.user("finance", () -> rates.save(rate));
    assertThrows(DuplicateRecordException.class, () -> As.user("finance", () -> rates.save(rate)));

    RateRow saved =
        As.user(
                "finance",
                () -> rates.list(PageQuery.firstPage(50).filteredBy("currencyCode", "GBP")))
            .stream()
            .filter(r -> r.month().equals(LocalDate.of(2031, 1, 1)))
            .findFirst()
            .orElseThrow();
    RateForm mine = RateForm.correcting(saved);
    RateForm theirs = RateForm.correcting(saved);
    theirs.setUnitsPerUsd(new BigDecimal("0.80"));
    As.user("finance", () -> rates.save(theirs));
    mine.setUnitsPerUsd(new BigDecimal("0.81"));
    assertThrows(ConcurrentChangeException.class, () -> As.user("finance", () -> rates.save(mine)));
    assertEquals(0, new BigDecimal("0.80").compareTo(rate("GBP", 2031, 1)));
  }

  @Test
  void theStatusOfContributionsReconcilesWithTheLedger() throws Exception {
    LocalDate asOf = LocalDate.of(2018, 12, 31);
    List<ContributionLine> lines = status.asOf(asOf, null);
    BigDecimal receivedUsd =
        lines.stream().map(ContributionLine::receivedUsd).reduce(BigDecimal.ZERO, BigDecimal::add);
    BigDecimal ledger =
        em.createQuery(
                "select coalesce(sum(r.usdAmount), 0) from Receipt r where r.receivedOn <= :d",
                BigDecimal.class)
            .setParameter("d", asOf)
            .getSingleResult();
    assertEquals(0, ledger.compareTo(receivedUsd), "to the cent");
    ContributionLine canada =
        lines.stream()
            .filter(l -> l.donorName().equals("Government of Canada"))
            .findFirst()
            .orElseThrow();
    assertEquals(0, new BigDecimal("250000").compareTo(canada.outstanding()), "the overdue pledge");
    assertEquals(0, canada.received().signum());
    ContributionLine eu =
        lines.stream()
            .filter(l -> l.donorName().equals("European Union") && l.currencyCode().equals("EUR"))
            .findFirst()
            .orElseThrow();
    assertEquals(0, eu.recognisedUsd().signum(), "an agreement with conditions is not recognised");
  }

  private long newEarmarkWith(String usd) throws Exception {
    String code = "IT" + Long.toString(System.nanoTime(), 36).toUpperCase();
    // reference data for the test: an earmark of its own, in the general trust fund
    tx.begin();
    em.joinTransaction();
    em.createNativeQuery(
            "insert into earmark (fund_id, code, name_en, name_fr, name_es)"
                + " select id, ?1, 'Test', 'Test', 'Test' from fund where code = 'GTF'")
        .setParameter(1, code)
        .executeUpdate();
    tx.commit();
    ReceiptForm money = receipt("Government of Norway", "GTF", code, "USD", usd);
    As.user("finance", () -> receipts.post(money));
    return earmark("GTF", code);
  }

  private FundBalance balance(long earmarkId) throws Exception {
    return As.user("finance", () -> balances.byEarmark()).stream()
        .filter(b -> b.earmarkId() == earmarkId)
        .findFirst()
        .orElseThrow();
  }

  private static AllocationForm allocation(long earmarkId, BigDecimal amount) {
    AllocationForm form = new AllocationForm();
    form.setEarmarkId(earmarkId);
    form.setPurpose("Integration test allocation");
    form.setAmountUsd(amount);
    form.setAllocatedOn(LocalDate.of(2019, 1, 15));
    return form;
  }

  private ReceiptForm receipt(
      String donor, String fund, String earmark, String currency, String amount) {
    ReceiptForm form = new ReceiptForm();
    form.setDonorId(organisation(donor));
    form.setEarmarkId(earmark(fund, earmark));
    form.setCurrencyCode(currency);
    form.setAmount(new BigDecimal(amount));
    form.setReceivedOn(LocalDate.of(2018, 6, 1));
    return form;
  }

  private ReceiptRow find(String bankReference) throws Exception {
    return As.user(
            "finance",
            () -> receipts.list(PageQuery.firstPage(5).filteredBy("bankReference", bankReference)))
        .get(0);
  }

  private PledgeRow pledgeRow(String reference) throws Exception {
    return As.user(
            "finance",
            () -> pledges.list(PageQuery.firstPage(5).filteredBy("reference", reference)))
        .get(0);
  }

  private long countReference(String bankReference) throws Exception {
    return As.user("finance", () -> receipts.count(Map.of("bankReference", bankReference)));
  }

  private BigDecimal rate(String currency, int year, int month) {
    return em.createQuery(
            "select r.unitsPerUsd from ExchangeRate r where r.currencyCode = :c and r.month = :m",
            BigDecimal.class)
        .setParameter("c", currency)
        .setParameter("m", LocalDate.of(year, month, 1))
        .getSingleResult();
  }

  private long organisation(String name) {
    return em.createQuery("select o.id from Organisation o where o.name = :n", Long.class)
        .setParameter("n", name)
        .getSingleResult();
  }

  private long earmark(String fund, String code) {
    return em.createQuery(
            "select e.id from Earmark e where e.fund.code = :f and e.code = :c", Long.class)
        .setParameter("f", fund)
        .setParameter("c", code)
        .getSingleResult();
  }
}
