package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.funding.DonorAccount;
import org.quicksilver.funding.DonorAccountService;
import org.quicksilver.funding.DonorFigures;
import org.quicksilver.funding.DonorFundShare;
import org.quicksilver.funding.FundingDashboard;
import org.quicksilver.funding.FundingFigures;
import org.quicksilver.funding.ObligationRow;
import org.quicksilver.funding.ReportingObligationService;
import org.quicksilver.programme.MemberRole;
import org.quicksilver.programme.MyScoring;
import org.quicksilver.programme.RoundDashboard;
import org.quicksilver.programme.RoundOverview;
import org.quicksilver.programme.RoundProgress;
import org.quicksilver.programme.StatusCount;
import org.quicksilver.programme.rules.ApplicationStatus;

/**
 * The dashboard's figures as each role gets them from the services: a donor viewer its own donor's,
 * equal to its donor page and to the ledger, and nothing of other donors'; the round's progress for
 * the secretariat and the chair, and only their own counts for a member.
 */
@ExtendWith(ArquillianExtension.class)
class DashboardIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(DashboardIT.class, ProgrammeData.class);
  }

  @Inject FundingDashboard funding;
  @Inject DonorAccountService donors;
  @Inject ReportingObligationService obligations;
  @Inject RoundDashboard rounds;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  @Test
  void aDonorViewerGetsItsOwnDonorsFiguresEqualToItsDonorPageAndTheLedger() throws Exception {
    long sweden = organisation("Government of Sweden");
    DonorFigures own = As.user("donor", funding::ownDonor);
    DonorAccount account = As.user("programme", () -> donors.account(sweden));

    assertEquals(sweden, own.donorId());
    assertEquals("Government of Sweden", own.donorName());
    assertEquals(account.totals().received(), own.received());
    assertEquals(account.totals().pledged(), own.pledged());
    assertEquals(account.totals().attributed(), own.attributed());
    assertEquals(account.totals().unallocated(), own.unallocated());
    assertEquals(
        sum("select sum(r.usdAmount) from Receipt r where r.donor.id = " + sweden), own.received());
    LocalDate today = LocalDate.now();
    BigDecimal thisYear =
        em.createQuery(
                "select coalesce(sum(r.usdAmount), 0) from Receipt r where r.donor.id = :d"
                    + " and r.receivedOn >= :from and r.receivedOn <= :to",
                BigDecimal.class)
            .setParameter("d", sweden)
            .setParameter("from", today.withDayOfYear(1))
            .setParameter("to", today)
            .getSingleResult();
    assertEquals(today.getYear(), own.year());
    assertEquals(0, thisYear.compareTo(own.receivedThisYear()));
    assertEquals(0, outstanding(sweden).compareTo(own.outstanding()));

    // fund by fund, the lines add up to the totals
    assertFalse(own.byFund().isEmpty());
    assertEquals(
        0,
        own.received()
            .compareTo(
                own.byFund().stream()
                    .map(DonorFundShare::received)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));
    assertEquals(
        0,
        own.attributed()
            .compareTo(
                own.byFund().stream()
                    .map(DonorFundShare::attributed)
                    .reduce(BigDecimal.ZERO, BigDecimal::add)));

    // the money figures a donor viewer gets are its donor's, never the secretariat's
    FundingFigures asDonor = As.user("donor", funding::figures);
    FundingFigures asStaff = As.user("finance", funding::figures);
    assertTrue(asDonor.balances().isEmpty());
    assertEquals(0, own.outstanding().compareTo(asDonor.outstanding()));
    assertEquals(0, own.receivedThisYear().compareTo(asDonor.receivedThisYear()));
    assertTrue(asStaff.outstanding().compareTo(asDonor.outstanding()) > 0, "other donors owe too");
  }

  @Test
  void onlyADonorViewerHasAnOwnDonor() {
    for (String staff : List.of("finance", "programme", "admin", "member")) {
      assertThrows(AuthorizationException.class, () -> As.user(staff, funding::ownDonor), staff);
    }
  }

  @Test
  void reportsDueAreTheDonorViewersOwnDonorsOnly() throws Exception {
    long sweden = organisation("Government of Sweden");
    String ours = "Swedish report " + System.nanoTime();
    String theirs = "Japanese report " + System.nanoTime();
    LocalDate due = LocalDate.of(2018, 11, 30);
    As.user("finance", () -> obligations.add(pledge("SE-2018-042"), ours, due));
    As.user("finance", () -> obligations.add(pledge("JP-MCS-2018"), theirs, due));
    LocalDate by = LocalDate.now().plusMonths(2);

    List<ObligationRow> donorSees = As.user("donor", () -> obligations.dueBy(by, 200));
    assertTrue(descriptions(donorSees).contains(ours), donorSees.toString());
    assertFalse(descriptions(donorSees).contains(theirs), donorSees.toString());
    donorSees.forEach(row -> assertEquals(sweden, row.donorId(), row.toString()));

    List<ObligationRow> financeSees = As.user("finance", () -> obligations.dueBy(by, 200));
    assertTrue(descriptions(financeSees).containsAll(List.of(ours, theirs)));
    assertThrows(
        AuthorizationException.class, () -> As.user("member", () -> obligations.dueBy(by, 10)));
  }

  @Test
  void roundOnesProgressMatchesTheDemoData() throws Exception {
    long roundOne =
        em.createQuery("select r.id from Round r where r.number = 1", Long.class).getSingleResult();
    RoundProgress progress = As.user("programme", () -> rounds.progress(roundOne)).orElseThrow();
    RoundOverview overview = progress.overview();
    assertNull(progress.mine(), "a programme officer has no seat");
    assertEquals(1, progress.number());
    assertEquals(LocalDate.of(2018, 6, 5), progress.opensOn());
    assertEquals(LocalDate.of(2018, 8, 31), progress.closesOn());

    Map<ApplicationStatus, Long> expected = new EnumMap<>(ApplicationStatus.class);
    for (ApplicationStatus status : ApplicationStatus.values()) {
      expected.put(status, 0L);
    }
    expected.putAll(
        Map.of(
            ApplicationStatus.APPROVED, 3L,
            ApplicationStatus.APPROVED_WITH_CONDITIONS, 2L,
            ApplicationStatus.DEFERRED, 5L,
            ApplicationStatus.INELIGIBLE, 2L,
            ApplicationStatus.REJECTED, 6L,
            ApplicationStatus.UNDER_REVIEW, 1L,
            ApplicationStatus.WITHDRAWN, 1L));
    assertEquals(expected, byStatus(overview));
    assertEquals(20, overview.applications());
    assertEquals(20, overview.screened());
    assertEquals(0, overview.awaitingScreening());
    assertEquals(1, overview.underReview());
    // SIP-2018-20 (Nigeria) is still being scored: four sheets submitted, one draft
    assertEquals(4, overview.sheetsSubmitted());
    assertEquals(1, overview.sheetsInDraft());
    long members = count("select count(m) from CommitteeMember m");
    long recused =
        count("select count(m) from CommitteeMember m where m.country.isoCode = 'NG'")
            + count(
                "select count(d) from ConflictDeclaration d"
                    + " where d.application.reference = 'SIP-2018-20'");
    assertEquals(members - recused, overview.sheetsExpected());
    assertEquals(members, overview.members());
    assertTrue(overview.membersDone() >= 4, "the four who submitted");

    // the chair and the member have not started theirs; the member sees no one else's counts
    RoundProgress member = As.user("member", () -> rounds.progress(roundOne)).orElseThrow();
    assertNull(member.overview());
    assertEquals(new MyScoring(0, 0, 1, 0), member.mine());
    assertEquals(1, member.mine().expected());
    RoundProgress chair = As.user("chair", () -> rounds.progress(roundOne)).orElseThrow();
    assertNotNull(chair.overview());
    assertEquals(overview, chair.overview());
    assertEquals(new MyScoring(0, 0, 1, 0), chair.mine());
  }

  @Test
  void theCurrentRoundIsTheLatestUnderReviewAndEachRoleGetsItsPart() throws Exception {
    ProgrammeData data = new ProgrammeData(em, tx);
    long round = data.round(null);
    Set<String> used = new HashSet<>();
    String memberCountry = data.seatCountry("member").orElseThrow();
    used.add(memberCountry);
    String other = "it-d" + Long.toString(System.nanoTime(), 36);
    used.add(data.seat(other, data.eligibleCountry(used), MemberRole.MEMBER));
    long scored = data.application(round, data.eligibleCountry(used), "Dashboard A", "100000.00");
    long recusedFrom;
    if (data.isEligible(memberCountry)) {
      recusedFrom = data.application(round, memberCountry, "Dashboard B", "90000.00");
    } else {
      recusedFrom = data.application(round, data.eligibleCountry(used), "Dashboard B", "90000.00");
      data.conflict("member", recusedFrom, "Declared for the dashboard test");
    }
    data.submittedSheet(other, scored, 4, 3, 2);
    data.draftSheet("member", scored, 3);

    RoundProgress programme = As.user("programme", () -> rounds.progress(null)).orElseThrow();
    assertEquals(round, programme.roundId());
    RoundOverview overview = programme.overview();
    assertEquals(2, overview.applications());
    assertEquals(2, overview.underReview());
    assertEquals(2, overview.screened());
    assertEquals(2L, byStatus(overview).get(ApplicationStatus.UNDER_REVIEW));
    assertEquals(1, overview.sheetsSubmitted());
    assertEquals(1, overview.sheetsInDraft());
    long members = count("select count(m) from CommitteeMember m");
    long expected = 0;
    for (long application : List.of(scored, recusedFrom)) {
      expected +=
          members
              - count(
                  "select count(m) from CommitteeMember m, Application a where a.id = "
                      + application
                      + " and m.country = a.country")
              - count(
                  "select count(d) from ConflictDeclaration d where d.application.id = "
                      + application);
    }
    assertEquals(expected, overview.sheetsExpected());

    RoundProgress member = As.user("member", () -> rounds.progress(null)).orElseThrow();
    assertEquals(round, member.roundId());
    assertNull(member.overview(), "a member sees only their own counts");
    assertEquals(new MyScoring(0, 1, 0, 1), member.mine());

    RoundProgress chair = As.user("chair", () -> rounds.progress(null)).orElseThrow();
    assertEquals(overview, chair.overview());
    assertNotNull(chair.mine());
    assertEquals(2, chair.mine().expected() + chair.mine().recused());

    assertThrows(AuthorizationException.class, () -> As.user("donor", () -> rounds.progress(null)));
  }

  private static Map<ApplicationStatus, Long> byStatus(RoundOverview overview) {
    Map<ApplicationStatus, Long> counts = new EnumMap<>(ApplicationStatus.class);
    for (StatusCount count : overview.byStatus()) {
      counts.put(count.status(), count.count());
    }
    return counts;
  }

  /** What a donor's live pledges still have to bring in, each at its own rate, from the ledger. */
  private BigDecimal outstanding(long donor) {
    BigDecimal total = BigDecimal.ZERO;
    for (Object[] row :
        em.createQuery(
                "select p.id, p.amount, p.unitsPerUsd from Pledge p"
                    + " where p.donor.id = :d and p.writtenOffOn is null",
                Object[].class)
            .setParameter("d", donor)
            .getResultList()) {
      BigDecimal paid = sum("select sum(r.amount) from Receipt r where r.pledge.id = " + row[0]);
      BigDecimal unpaid = ((BigDecimal) row[1]).subtract(paid);
      if (unpaid.signum() > 0) {
        total = total.add(unpaid.divide((BigDecimal) row[2], 2, RoundingMode.HALF_EVEN));
      }
    }
    return total;
  }

  private static List<String> descriptions(List<ObligationRow> rows) {
    return rows.stream().map(ObligationRow::description).toList();
  }

  private long organisation(String name) {
    return em.createQuery("select o.id from Organisation o where o.name = :n", Long.class)
        .setParameter("n", name)
        .getSingleResult();
  }

  private long pledge(String reference) {
    return em.createQuery("select p.id from Pledge p where p.reference = :r", Long.class)
        .setParameter("r", reference)
        .getSingleResult();
  }

  private BigDecimal sum(String jpql) {
    BigDecimal sum = em.createQuery(jpql, BigDecimal.class).getSingleResult();
    return sum == null ? BigDecimal.ZERO : sum;
  }

  private long count(String jpql) {
    return em.createQuery(jpql, Long.class).getSingleResult();
  }
}
