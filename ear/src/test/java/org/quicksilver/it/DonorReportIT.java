package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import org.apache.shiro.authz.AuthorizationException;
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
import org.quicksilver.funding.DonorAccount;
import org.quicksilver.funding.DonorAccountService;
import org.quicksilver.funding.DonorEarmarkBalance;
import org.quicksilver.funding.Earmark;
import org.quicksilver.funding.Fund;
import org.quicksilver.funding.FundBalance;
import org.quicksilver.funding.PledgeRow;
import org.quicksilver.funding.PledgeService;
import org.quicksilver.funding.ReceiptForm;
import org.quicksilver.funding.ReceiptService;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.reporting.DonorReportData;
import org.quicksilver.reporting.DonorReportService;
import org.quicksilver.reporting.RegisteredReport;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reporting.ReportRegisterService;
import org.quicksilver.reports.DonorReportRow;
import org.quicksilver.reports.DonorReportRow.Figure;
import org.quicksilver.reports.DonorReportRow.Kind;
import org.quicksilver.reports.DonorReportRow.Section;
import org.quicksilver.reports.DonorReportRow.Use;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;

/**
 * The donor report's figures against the ledger: for Japan (paid in yen), Switzerland (with a
 * reversal) and Sweden, every section's lines add up to its totals and to the summary, and the
 * summary equals the services' own figures to the cent, over everything and over a half year; a
 * report as of yesterday leaves out what was posted today; a donor viewer has its own donor's only.
 */
@ExtendWith(ArquillianExtension.class)
class DonorReportIT {
  private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");
  private static final LocalDate EVER = LocalDate.of(2000, 1, 1);
  private static final String[] DONORS = {
    "Government of Japan", "Government of Switzerland", "Government of Sweden"
  };

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(DonorReportIT.class);
  }

  @Inject DonorReportService reports;
  @Inject DonorAccountService donors;
  @Inject PledgeService pledges;
  @Inject BalanceService balances;
  @Inject ContributionsStatus contributions;
  @Inject ReceiptService receipts;
  @Inject AllocationService allocations;
  @Inject ReportRegisterService register;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  @Test
  void overEverythingTheReportEqualsTheLedgerForEachDonor() throws Exception {
    LocalDate today = LocalDate.now(GENEVA);
    for (String name : DONORS) {
      long donor = organisation(name);
      DonorReportData report = As.user("finance", () -> reports.rows(donor, EVER, today, null));
      List<DonorReportRow> rows = report.rows();
      assertEquals(name, report.donor().name());
      assertEquals(today, report.dataAsOf());
      sectionsAddUp(name, rows);

      DonorAccount account = As.user("finance", () -> donors.account(donor));
      assertMoney(name + " received", account.totals().received(), figure(rows, Figure.RECEIVED));
      assertMoney(name + " pledged", account.totals().pledged(), figure(rows, Figure.PLEDGED));
      assertMoney(
          name + " attributed", account.totals().attributed(), figure(rows, Figure.ATTRIBUTED));
      assertMoney(
          name + " unallocated", account.totals().unallocated(), figure(rows, Figure.UNALLOCATED));
      List<DonorReportRow> earmarks = lines(rows, Section.EARMARKS);
      assertEquals(account.byEarmark().size(), earmarks.size(), name + " earmarks");
      for (DonorEarmarkBalance balance : account.byEarmark()) {
        DonorReportRow line =
            earmarks.stream()
                .filter(
                    r ->
                        r.getFund().equals(balance.fundCode())
                            && r.getEarmark().equals(balance.earmarkCode()))
                .findFirst()
                .orElseThrow();
        assertMoney(
            name + " received in " + line.getEarmark(), balance.received(), line.getReceivedUsd());
        assertMoney(
            name + " attributed in " + line.getEarmark(),
            balance.attributed(),
            line.getAttributedUsd());
      }

      List<PledgeRow> pledged =
          As.user(
              "finance",
              () ->
                  pledges.list(
                      PageQuery.firstPage(500).filteredBy("donorId", String.valueOf(donor))));
      assertMoney(
          name + " exchange difference",
          sum(pledged, PledgeRow::exchangeDifference),
          figure(rows, Figure.EXCHANGE_DIFFERENCE));
      List<ContributionLine> status = contributions.asOf(today, donor);
      assertMoney(
          name + " outstanding",
          sum(status, ContributionLine::outstandingUsd),
          figure(rows, Figure.OUTSTANDING));
      assertMoney(
          name + " received (status of contributions)",
          sum(status, ContributionLine::receivedUsd),
          figure(rows, Figure.RECEIVED));
      assertMoney(
          name + " allocated unspent",
          figure(rows, Figure.ATTRIBUTED).subtract(figure(rows, Figure.SPENT)),
          figure(rows, Figure.ALLOCATED_UNSPENT));
    }
  }

  @Test
  void theDonorsPartsOfWhatEachEarmarkSpentAddUpToItsSpendingToTheCent() throws Exception {
    LocalDate today = LocalDate.now(GENEVA);
    Map<String, FundBalance> byEarmark = new HashMap<>();
    for (FundBalance balance : As.user("finance", () -> balances.byEarmark())) {
      byEarmark.put(balance.fundCode() + "/" + balance.earmarkCode(), balance);
    }
    Map<String, BigDecimal> spent = new HashMap<>();
    Map<String, BigDecimal> attributed = new HashMap<>();
    List<Long> sharing =
        em.createQuery(
                "select distinct key(s) from Allocation a join a.shares s"
                    + " where a.fund.code = 'STF' and a.earmark.code = 'CONSULTATIONS'",
                Long.class)
            .getResultList();
    assertTrue(sharing.size() >= 3, "several donors share the consultations' allocations");
    for (long donor : sharing) {
      for (DonorReportRow line :
          lines(
              As.user("finance", () -> reports.rows(donor, EVER, today, null)).rows(),
              Section.EARMARKS)) {
        String key = line.getFund() + "/" + line.getEarmark();
        spent.merge(key, line.getSpentUsd(), BigDecimal::add);
        attributed.merge(key, line.getAttributedUsd(), BigDecimal::add);
      }
    }
    FundBalance consultations = byEarmark.get("STF/CONSULTATIONS");
    assertTrue(consultations.spent().signum() > 0, "the consultations spent money");
    assertMoney("spent", consultations.spent(), spent.get("STF/CONSULTATIONS"));
    assertMoney("allocated", consultations.allocated(), attributed.get("STF/CONSULTATIONS"));
  }

  @Test
  void overAHalfYearTheFiguresAreThoseOfItsDaysAndPeriodsAddUp() throws Exception {
    LocalDate today = LocalDate.now(GENEVA);
    LocalDate from = LocalDate.of(2018, 7, 1);
    LocalDate to = LocalDate.of(2018, 12, 31);
    for (String name : DONORS) {
      long donor = organisation(name);
      List<DonorReportRow> half =
          As.user("finance", () -> reports.rows(donor, from, to, null)).rows();
      sectionsAddUp(name, half);
      assertMoney(
          name + " received in the half year",
          jpql(
              "select sum(r.usdAmount) from Receipt r where r.donor.id = :d"
                  + " and r.receivedOn between :from and :to",
              donor,
              from,
              to),
          figure(half, Figure.RECEIVED));
      assertMoney(
          name + " pledged in the half year",
          jpql(
              "select sum(p.usdValue) from Pledge p where p.donor.id = :d"
                  + " and p.pledgedOn between :from and :to",
              donor,
              from,
              to),
          figure(half, Figure.PLEDGED));
      assertMoney(
          name + " attributed in the half year",
          jpql(
              "select sum(value(s)) from Allocation a join a.shares s where key(s) = :d"
                  + " and a.allocatedOn between :from and :to",
              donor,
              from,
              to),
          figure(half, Figure.ATTRIBUTED));
      assertMoney(
          name + " unallocated at the half year's end",
          jpql(
                  "select sum(r.usdAmount) from Receipt r where r.donor.id = :d"
                      + " and r.receivedOn between :from and :to",
                  donor,
                  EVER,
                  to)
              .subtract(
                  jpql(
                      "select sum(value(s)) from Allocation a join a.shares s where key(s) = :d"
                          + " and a.allocatedOn between :from and :to",
                      donor,
                      EVER,
                      to)),
          figure(half, Figure.UNALLOCATED));
      assertMoney(
          name + " outstanding at the half year's end",
          sum(contributions.asOf(to, donor), ContributionLine::outstandingUsd),
          figure(half, Figure.OUTSTANDING));

      List<DonorReportRow> before =
          As.user("finance", () -> reports.rows(donor, EVER, from.minusDays(1), null)).rows();
      List<DonorReportRow> after =
          As.user("finance", () -> reports.rows(donor, to.plusDays(1), today, null)).rows();
      List<DonorReportRow> all =
          As.user("finance", () -> reports.rows(donor, EVER, today, null)).rows();
      for (Figure flow :
          List.of(Figure.PLEDGED, Figure.RECEIVED, Figure.ATTRIBUTED, Figure.SPENT)) {
        assertMoney(
            name + " " + flow + " of three periods",
            figure(all, flow),
            figure(before, flow).add(figure(half, flow)).add(figure(after, flow)));
      }
    }
  }

  @Test
  void switzerlandsReversalIsANegativeLineAndJapansYenAreShownInYen() throws Exception {
    LocalDate today = LocalDate.now(GENEVA);
    long switzerland = organisation("Government of Switzerland");
    List<DonorReportRow> swiss =
        As.user("finance", () -> reports.rows(switzerland, EVER, today, null)).rows();
    DonorReportRow reversal =
        lines(swiss, Section.RECEIPTS).stream()
            .filter(r -> Boolean.TRUE.equals(r.getReversal()))
            .findFirst()
            .orElseThrow();
    assertEquals(-1, reversal.getUsd().signum());
    assertEquals(-1, reversal.getAmount().signum());
    assertEquals("CHF", reversal.getCurrency());

    long japan = organisation("Government of Japan");
    List<DonorReportRow> japanese =
        As.user("finance", () -> reports.rows(japan, EVER, today, null)).rows();
    DonorReportRow yen =
        lines(japanese, Section.RECEIPTS).stream()
            .filter(r -> "JPY".equals(r.getCurrency()))
            .findFirst()
            .orElseThrow();
    assertEquals(0, new BigDecimal("30000000").compareTo(yen.getAmount()));
    DonorReportRow agreement =
        lines(japanese, Section.PLEDGES).stream()
            .filter(r -> "JP-MCS-2018".equals(r.getReference()))
            .findFirst()
            .orElseThrow();
    assertEquals("PAID", agreement.getStatus());
    assertMoney(
        "Japan's exchange difference",
        agreement.getReceivedUsd().subtract(agreement.getUsd()),
        agreement.getExchangeDifferenceUsd());
    assertTrue(
        japanese.stream()
            .anyMatch(
                r ->
                    r.getSection().equals("USES")
                        && r.getKind().equals("LINE")
                        && "ACTIVITY".equals(r.getCode())),
        "Japan paid for activities");
    assertTrue(
        lines(japanese, Section.PARTICIPANTS).stream()
                .mapToInt(DonorReportRow::getParticipants)
                .sum()
            > 0,
        "participants of the activities Japan paid for");
  }

  @Test
  void aReportAsOfYesterdayLeavesOutWhatWasPostedToday() throws Exception {
    LocalDate today = LocalDate.now(GENEVA);
    LocalDate yesterday = today.minusDays(1);
    long sweden = organisation("Government of Sweden");
    String code = "DR" + Long.toString(System.nanoTime(), 36).toUpperCase();
    long earmark = earmark(code);
    String bank = "BANK-" + code;
    ReceiptForm money = new ReceiptForm();
    money.setDonorId(sweden);
    money.setEarmarkId(earmark);
    money.setCurrencyCode("USD");
    money.setAmount(new BigDecimal("1234.56"));
    money.setReceivedOn(LocalDate.of(2018, 11, 5));
    money.setBankReference(bank);
    As.user("finance", () -> receipts.post(money));
    AllocationForm allocation = new AllocationForm();
    allocation.setEarmarkId(earmark);
    allocation.setPurpose("Printing " + code);
    allocation.setAmountUsd(new BigDecimal("1000.00"));
    allocation.setAllocatedOn(LocalDate.of(2018, 11, 6));
    As.user("finance", () -> allocations.allocate(allocation));

    LocalDate from = LocalDate.of(2018, 1, 1);
    LocalDate to = LocalDate.of(2018, 12, 31);
    DonorReportData then = As.user("finance", () -> reports.rows(sweden, from, to, yesterday));
    DonorReportData now = As.user("finance", () -> reports.rows(sweden, from, to, today));
    assertEquals(yesterday, then.dataAsOf());
    Predicate<DonorReportRow> ours = r -> bank.equals(r.getLabel());
    assertTrue(lines(now.rows(), Section.RECEIPTS).stream().anyMatch(ours));
    assertFalse(lines(then.rows(), Section.RECEIPTS).stream().anyMatch(ours));
    assertTrue(
        lines(now.rows(), Section.EARMARKS).stream().anyMatch(r -> code.equals(r.getEarmark())));
    assertFalse(
        lines(then.rows(), Section.EARMARKS).stream().anyMatch(r -> code.equals(r.getEarmark())));
    assertTrue(
        lines(now.rows(), Section.USES).stream()
            .anyMatch(r -> ("Printing " + code).equals(r.getLabel())));
    assertFalse(
        lines(then.rows(), Section.USES).stream()
            .anyMatch(r -> ("Printing " + code).equals(r.getLabel())));
    // Other tests post Sweden's money today too: what changed since yesterday is what the ledger
    // recorded today for Sweden in 2018, ours included.
    Instant midnight = today.atStartOfDay(GENEVA).toInstant();
    BigDecimal receivedToday =
        em.createQuery(
                "select coalesce(sum(r.usdAmount), 0) from Receipt r where r.donor.id = :d"
                    + " and r.receivedOn between :from and :to and r.postedAt >= :midnight",
                BigDecimal.class)
            .setParameter("d", sweden)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("midnight", midnight)
            .getSingleResult();
    BigDecimal attributedToday =
        em.createQuery(
                "select coalesce(sum(value(s)), 0) from Allocation a join a.shares s"
                    + " where key(s) = :d and a.allocatedOn between :from and :to"
                    + " and a.recordedAt >= :midnight",
                BigDecimal.class)
            .setParameter("d", sweden)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("midnight", midnight)
            .getSingleResult();
    assertTrue(receivedToday.compareTo(new BigDecimal("1234.56")) >= 0, "ours is among them");
    assertMoney(
        "received today",
        receivedToday,
        figure(now.rows(), Figure.RECEIVED).subtract(figure(then.rows(), Figure.RECEIVED)));
    assertMoney(
        "attributed today",
        attributedToday,
        figure(now.rows(), Figure.ATTRIBUTED).subtract(figure(then.rows(), Figure.ATTRIBUTED)));
    sectionsAddUp("Sweden as of yesterday", then.rows());
    sectionsAddUp("Sweden today", now.rows());
  }

  @Test
  void aBadPeriodAFutureDayAndAnUnknownDonorAreRefused() throws Exception {
    long sweden = organisation("Government of Sweden");
    LocalDate today = LocalDate.now(GENEVA);
    InvalidInputException period =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "finance",
                    () ->
                        reports.rows(
                            sweden, LocalDate.of(2019, 1, 1), LocalDate.of(2018, 1, 1), null)));
    assertEquals("reports.donor.periodInvalid", period.messageKey());
    InvalidInputException future =
        assertThrows(
            InvalidInputException.class,
            () -> As.user("finance", () -> reports.rows(sweden, EVER, today, today.plusDays(2))));
    assertEquals("reports.donor.asOfInFuture", future.messageKey());
    assertThrows(
        RecordNotFoundException.class,
        () -> As.user("finance", () -> reports.rows(-42L, EVER, today, null)));
  }

  @Test
  void aDonorViewerHasItsOwnDonorsReportAndNoOtherHoweverAsked() throws Exception {
    long sweden = organisation("Government of Sweden");
    long japan = organisation("Government of Japan");
    LocalDate today = LocalDate.now(GENEVA);
    DonorReportData own = As.user("donor", () -> reports.rows(sweden, EVER, today, null));
    assertEquals("Government of Sweden", own.donor().name());
    assertMoney(
        "the same figures as staff see",
        figure(
            As.user("finance", () -> reports.rows(sweden, EVER, today, null)).rows(),
            Figure.RECEIVED),
        figure(own.rows(), Figure.RECEIVED));
    assertThrows(
        AuthorizationException.class,
        () -> As.user("donor", () -> reports.rows(japan, EVER, today, null)));
    assertThrows(
        AuthorizationException.class,
        () ->
            As.user(
                "donor",
                () ->
                    reports.render(japan, EVER, today, null, Language.ENGLISH, ReportFormat.PDF)));
    assertThrows(
        AuthorizationException.class,
        () ->
            As.user(
                "donor",
                () ->
                    reports.submit(japan, EVER, today, null, Language.ENGLISH, ReportFormat.PDF)));
    assertThrows(
        AuthorizationException.class,
        () -> As.user("member", () -> reports.rows(sweden, EVER, today, null)));
  }

  @Test
  void aRenderedReportIsKeptInTheRegisterWithItsSha256() throws Exception {
    long japan = organisation("Government of Japan");
    LocalDate from = LocalDate.of(2018, 1, 1);
    LocalDate to = LocalDate.of(2018, 12, 31);
    for (ReportFormat format : List.of(ReportFormat.PDF, ReportFormat.XLSX)) {
      ReportFile file =
          As.user("finance", () -> reports.render(japan, from, to, null, Language.FRENCH, format));
      assertEquals(
          "donor-report-" + japan + "-2018-01-01-2018-12-31-fr." + format.fileExtension(),
          file.fileName());
      assertTrue(file.content().length > 0);
      RegisteredReport kept =
          As.user("finance", () -> register.list(PageQuery.firstPage(1))).get(0);
      assertEquals("donor-report", kept.kind());
      assertEquals(file.fileName(), kept.fileName());
      assertEquals(
          "donor=" + japan + ";from=2018-01-01;to=2018-12-31;asOf=" + LocalDate.now(GENEVA),
          kept.parameters());
      assertEquals(
          HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.content())),
          kept.sha256());
    }
  }

  // --- the report's own arithmetic

  /** Each section's lines add up to its totals, and the totals to the summary. */
  private static void sectionsAddUp(String name, List<DonorReportRow> rows) {
    assertEquals(Figure.values().length, lines(rows, Section.SUMMARY).size(), name + " summary");
    for (Section section : Section.values()) {
      assertTrue(
          rows.stream().anyMatch(r -> r.getSection().equals(section.name())),
          name + " prints every section, " + section);
    }
    if (!isNone(rows, Section.PLEDGES)) {
      List<DonorReportRow> pledges = lines(rows, Section.PLEDGES);
      DonorReportRow total = total(rows, Section.PLEDGES, null);
      assertMoney(name + " pledges", sum(pledges, DonorReportRow::getUsd), total.getUsd());
      assertMoney(
          name + " pledges received",
          sum(pledges, DonorReportRow::getReceivedUsd),
          total.getReceivedUsd());
      assertMoney(
          name + " pledges exchange",
          sum(pledges, DonorReportRow::getExchangeDifferenceUsd),
          total.getExchangeDifferenceUsd());
      assertMoney(
          name + " exchange difference",
          total.getExchangeDifferenceUsd(),
          figure(rows, Figure.EXCHANGE_DIFFERENCE));
      assertMoney(
          name + " pledges outstanding",
          sum(pledges, DonorReportRow::getOutstandingUsd),
          total.getOutstandingUsd());
      assertMoney(
          name + " outstanding", total.getOutstandingUsd(), figure(rows, Figure.OUTSTANDING));
    } else {
      assertMoney(name + " outstanding", BigDecimal.ZERO, figure(rows, Figure.OUTSTANDING));
    }
    BigDecimal received =
        isNone(rows, Section.RECEIPTS)
            ? BigDecimal.ZERO
            : total(rows, Section.RECEIPTS, null).getUsd();
    assertMoney(
        name + " receipts", sum(lines(rows, Section.RECEIPTS), DonorReportRow::getUsd), received);
    assertMoney(name + " received", received, figure(rows, Figure.RECEIVED));
    if (!isNone(rows, Section.EARMARKS)) {
      List<DonorReportRow> earmarks = lines(rows, Section.EARMARKS);
      DonorReportRow total = total(rows, Section.EARMARKS, null);
      assertMoney(
          name + " earmarks received",
          sum(earmarks, DonorReportRow::getReceivedUsd),
          total.getReceivedUsd());
      assertMoney(
          name + " earmarks attributed",
          sum(earmarks, DonorReportRow::getAttributedUsd),
          total.getAttributedUsd());
      assertMoney(
          name + " earmarks spent",
          sum(earmarks, DonorReportRow::getSpentUsd),
          total.getSpentUsd());
      assertMoney(
          name + " unallocated", total.getUnallocatedUsd(), figure(rows, Figure.UNALLOCATED));
      assertMoney(
          name + " allocated unspent",
          total.getAttributedUsd().subtract(total.getSpentUsd()),
          figure(rows, Figure.ALLOCATED_UNSPENT));
    }
    BigDecimal attributed = BigDecimal.ZERO;
    BigDecimal spent = BigDecimal.ZERO;
    int participants = 0;
    if (!isNone(rows, Section.USES)) {
      BigDecimal allocation = BigDecimal.ZERO;
      for (Use use : Use.values()) {
        List<DonorReportRow> ofUse =
            lines(rows, Section.USES).stream().filter(r -> r.getCode().equals(use.name())).toList();
        if (ofUse.isEmpty()) {
          continue;
        }
        DonorReportRow total = total(rows, Section.USES, use.name());
        assertMoney(
            name + " " + use + " allocations",
            sum(ofUse, DonorReportRow::getAllocationUsd),
            total.getAllocationUsd());
        assertMoney(
            name + " " + use + " attributed",
            sum(ofUse, DonorReportRow::getAttributedUsd),
            total.getAttributedUsd());
        assertMoney(
            name + " " + use + " spent",
            sum(ofUse, DonorReportRow::getSpentUsd),
            total.getSpentUsd());
        allocation = allocation.add(total.getAllocationUsd());
        attributed = attributed.add(total.getAttributedUsd());
        spent = spent.add(total.getSpentUsd());
        if (use == Use.ACTIVITY) {
          participants += ofUse.stream().mapToInt(DonorReportRow::getParticipants).sum();
        }
      }
      DonorReportRow all = total(rows, Section.USES, null);
      assertMoney(name + " uses allocations", allocation, all.getAllocationUsd());
      assertMoney(name + " uses attributed", attributed, all.getAttributedUsd());
      assertMoney(name + " uses spent", spent, all.getSpentUsd());
    }
    assertMoney(name + " attributed", attributed, figure(rows, Figure.ATTRIBUTED));
    assertMoney(name + " spent", spent, figure(rows, Figure.SPENT));
    if (!isNone(rows, Section.PARTICIPANTS)) {
      DonorReportRow total = total(rows, Section.PARTICIPANTS, null);
      List<DonorReportRow> regions = lines(rows, Section.PARTICIPANTS);
      assertEquals(
          regions.stream().mapToInt(DonorReportRow::getWomen).sum(), total.getWomen(), name);
      assertEquals(regions.stream().mapToInt(DonorReportRow::getMen).sum(), total.getMen(), name);
      assertEquals(
          regions.stream().mapToInt(DonorReportRow::getOtherGender).sum(),
          total.getOtherGender(),
          name);
      assertEquals(participants, total.getParticipants(), name + " participants by region");
    } else {
      assertEquals(0, participants, name + " participants");
    }
  }

  private static boolean isNone(List<DonorReportRow> rows, Section section) {
    List<DonorReportRow> of =
        rows.stream().filter(r -> r.getSection().equals(section.name())).toList();
    if (of.size() == 1 && of.get(0).getKind().equals(Kind.NONE.name())) {
      return true;
    }
    assertTrue(of.stream().noneMatch(r -> r.getKind().equals(Kind.NONE.name())), section + " none");
    return false;
  }

  private static List<DonorReportRow> lines(List<DonorReportRow> rows, Section section) {
    return rows.stream()
        .filter(r -> r.getSection().equals(section.name()) && r.getKind().equals(Kind.LINE.name()))
        .toList();
  }

  private static DonorReportRow total(List<DonorReportRow> rows, Section section, String code) {
    List<DonorReportRow> totals =
        rows.stream()
            .filter(
                r ->
                    r.getSection().equals(section.name())
                        && r.getKind().equals(Kind.TOTAL.name())
                        && java.util.Objects.equals(code, r.getCode()))
            .toList();
    assertEquals(1, totals.size(), section + " " + code + " has one total");
    return totals.get(0);
  }

  private static BigDecimal figure(List<DonorReportRow> rows, Figure figure) {
    return lines(rows, Section.SUMMARY).stream()
        .filter(r -> r.getCode().equals(figure.name()))
        .findFirst()
        .orElseThrow()
        .getUsd();
  }

  private static <T> BigDecimal sum(List<T> rows, Function<T, BigDecimal> amount) {
    return rows.stream()
        .map(amount)
        .map(v -> v == null ? BigDecimal.ZERO : v)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private static void assertMoney(String what, BigDecimal expected, BigDecimal actual) {
    BigDecimal e = expected == null ? BigDecimal.ZERO : expected;
    BigDecimal a = actual == null ? BigDecimal.ZERO : actual;
    assertEquals(0, e.compareTo(a), () -> what + ": expected " + e + ", the report says " + a);
  }

  // --- the ledger and set-up

  private BigDecimal jpql(String query, long donor, LocalDate from, LocalDate to) {
    BigDecimal sum =
        em.createQuery(query, BigDecimal.class)
            .setParameter("d", donor)
            .setParameter("from", from)
            .setParameter("to", to)
            .getSingleResult();
    return sum == null ? BigDecimal.ZERO : sum;
  }

  private long organisation(String name) {
    return em.createQuery("select o.id from Organisation o where o.name = :n", Long.class)
        .setParameter("n", name)
        .getSingleResult();
  }

  private long earmark(String code) throws Exception {
    tx.begin();
    em.joinTransaction();
    Fund fund =
        em.createQuery("select f from Fund f where f.code = 'STF'", Fund.class).getSingleResult();
    Earmark earmark = new Earmark(fund, code, "Test " + code, "Test", "Test");
    em.persist(earmark);
    tx.commit();
    return earmark.getId();
  }
}
