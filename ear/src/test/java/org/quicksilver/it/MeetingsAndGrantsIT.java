package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.funding.BalanceService;
import org.quicksilver.funding.Earmark;
import org.quicksilver.funding.Fund;
import org.quicksilver.funding.FundBalance;
import org.quicksilver.funding.ReceiptForm;
import org.quicksilver.funding.ReceiptService;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.programme.AgendaItem;
import org.quicksilver.programme.Application;
import org.quicksilver.programme.ApplicationDetails;
import org.quicksilver.programme.CommitteeMember;
import org.quicksilver.programme.DecisionForm;
import org.quicksilver.programme.GrantDetail;
import org.quicksilver.programme.GrantService;
import org.quicksilver.programme.MeetingDetail;
import org.quicksilver.programme.MeetingForm;
import org.quicksilver.programme.MeetingService;
import org.quicksilver.programme.MemberRole;
import org.quicksilver.programme.Round;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Outcome;
import org.quicksilver.programme.rules.Registration;
import org.quicksilver.programme.rules.ReportKind;
import org.quicksilver.reference.ConventionStatus;
import org.quicksilver.reference.Country;
import org.quicksilver.reference.SipEligibility;

/**
 * Meetings, decisions and grants on the configured database: quorum, reasons, amounts never above
 * the request, closed meetings superseded and never changed, grants paid from the SIP money through
 * the funding ledger, tranches held back by their conditions and by the amount approved.
 */
@ExtendWith(ArquillianExtension.class)
class MeetingsAndGrantsIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(MeetingsAndGrantsIT.class);
  }

  @Inject MeetingService meetings;
  @Inject GrantService grants;
  @Inject ReceiptService receipts;
  @Inject BalanceService balances;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  @Test
  void aMeetingDecidesWithQuorumAndReasonsAndItsClosedDecisionsAreOnlySuperseded()
      throws Exception {
    Setup s = setUp(2, "300000");
    long meeting = meeting(LocalDate.of(2018, 10, 2), 6);
    As.user("programme", () -> meetings.consider(meeting, s.applications.get(0)));
    As.user("programme", () -> meetings.consider(meeting, s.applications.get(1)));

    InvalidInputException noQuorum =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "chair",
                    () -> meetings.decide(meeting, s.applications.get(0), approve("100000"))));
    assertEquals("programme.meeting.noQuorum", noQuorum.messageKey());

    attend(meeting, s.members);
    InvalidInputException tooMuch =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "chair",
                    () -> meetings.decide(meeting, s.applications.get(0), approve("150000.01"))));
    assertEquals("programme.decision.amountAboveRequested", tooMuch.messageKey());
    DecisionForm noReasons = approve("100000");
    noReasons.setReasons(" ");
    Exception blank =
        assertThrows(
            Exception.class,
            () ->
                As.user("chair", () -> meetings.decide(meeting, s.applications.get(0), noReasons)));
    assertTrue(
        causes(blank, jakarta.validation.ConstraintViolationException.class),
        "reasons are required: " + blank);

    As.user("chair", () -> meetings.decide(meeting, s.applications.get(0), approve("120000")));
    DecisionForm reject = new DecisionForm();
    reject.setOutcome(Outcome.REJECTED);
    reject.setReasons("Outside the programme's scope");
    As.user("programme", () -> meetings.decide(meeting, s.applications.get(1), reject));
    assertEquals(ApplicationStatus.APPROVED, status(s.applications.get(0)));
    assertEquals(ApplicationStatus.REJECTED, status(s.applications.get(1)));
    assertThrows(
        AuthorizationException.class,
        () -> As.user("member", () -> meetings.decide(meeting, s.applications.get(1), reject)));

    As.user("chair", () -> meetings.close(meeting, version(meeting)));
    InvalidInputException closed =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "chair",
                    () -> meetings.decide(meeting, s.applications.get(1), approve("100000"))));
    assertEquals("programme.meeting.closed", closed.messageKey());

    long later = meeting(LocalDate.of(2019, 3, 5), 6);
    attend(later, s.members);
    As.user("programme", () -> meetings.consider(later, s.applications.get(1)));
    As.user("chair", () -> meetings.decide(later, s.applications.get(1), approve("90000")));
    MeetingDetail detail = As.user("programme", () -> meetings.detail(later));
    AgendaItem superseding = detail.agenda().get(0);
    assertEquals(Outcome.APPROVED, superseding.outcome());
    assertNotNull(superseding.supersedesMeeting(), "the new decision cites the one it supersedes");
    assertEquals(ApplicationStatus.APPROVED, status(s.applications.get(1)));
  }

  @Test
  void aGrantIsPaidFromTheSipMoneyTrancheByTrancheWithinItsConditionsAndAmount() throws Exception {
    Setup s = setUp(1, "200000");
    long meeting = meeting(LocalDate.of(2018, 10, 2), 6);
    attend(meeting, s.members);
    As.user("programme", () -> meetings.consider(meeting, s.applications.get(0)));
    long decision =
        As.user("chair", () -> meetings.decide(meeting, s.applications.get(0), approve("150000")));
    InvalidInputException open =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "programme", () -> grants.award(decision, "G-" + System.nanoTime() % 1000000)));
    assertEquals("programme.grant.meetingOpen", open.messageKey());
    As.user("chair", () -> meetings.close(meeting, version(meeting)));

    long grant =
        As.user("programme", () -> grants.award(decision, "G-" + System.nanoTime() % 1000000));
    FundBalance balance = balance(s.earmark);
    assertEquals(0, new BigDecimal("150000").compareTo(balance.allocated()));
    assertEquals(0, new BigDecimal("50000").compareTo(balance.available()));

    long report =
        As.user(
            "programme",
            () ->
                grants.expectReport(grant, ReportKind.PROGRESS, "PR-1", LocalDate.of(2019, 6, 30)));
    long first =
        As.user(
            "programme",
            () ->
                grants.planTranche(
                    grant, new BigDecimal("90000"), LocalDate.of(2018, 11, 1), null));
    long second =
        As.user(
            "programme",
            () ->
                grants.planTranche(
                    grant, new BigDecimal("60000"), LocalDate.of(2019, 7, 15), report));
    InvalidInputException beyond =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "programme",
                    () ->
                        grants.planTranche(
                            grant, new BigDecimal("0.01"), LocalDate.of(2019, 8, 1), null)));
    assertEquals("programme.tranche.plannedBeyondApproved", beyond.messageKey());

    InvalidInputException early =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "programme",
                    () ->
                        grants.payTranche(
                            second, trancheVersion(second), LocalDate.of(2019, 1, 10))));
    assertEquals("programme.tranche.conditionNotMet", early.messageKey());
    assertThrows(
        AuthorizationException.class,
        () ->
            As.user(
                "finance",
                () -> grants.payTranche(first, trancheVersion(first), LocalDate.of(2018, 11, 2))));

    As.user(
        "programme",
        () -> grants.payTranche(first, trancheVersion(first), LocalDate.of(2018, 11, 2)));
    assertEquals(0, new BigDecimal("90000").compareTo(balance(s.earmark).spent()));
    InvalidInputException twice =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "programme",
                    () ->
                        grants.payTranche(
                            first, trancheVersion(first), LocalDate.of(2018, 11, 3))));
    assertEquals("programme.tranche.alreadyPaid", twice.messageKey());

    As.user(
        "programme",
        () -> grants.receiveReport(report, reportVersion(report), LocalDate.of(2019, 6, 20)));
    As.user(
        "programme",
        () -> grants.acceptReport(report, reportVersion(report), LocalDate.of(2019, 7, 1)));
    As.user(
        "programme",
        () -> grants.payTranche(second, trancheVersion(second), LocalDate.of(2019, 7, 16)));

    As.user(
        "programme", () -> grants.close(grant, grantVersion(grant), LocalDate.of(2019, 12, 31)));
    InvalidInputException closedGrant =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "programme",
                    () ->
                        grants.expectReport(
                            grant, ReportKind.FINAL, "FR-1", LocalDate.of(2020, 3, 31))));
    assertEquals("programme.grant.closed", closedGrant.messageKey());

    GrantDetail detail = As.user("finance", () -> grants.detail(grant));
    assertEquals(0, new BigDecimal("150000").compareTo(detail.grant().paidUsd()));
    assertEquals(0, detail.grant().unpaidUsd().signum());
    assertEquals(0, new BigDecimal("150000").compareTo(balance(s.earmark).spent()));
    assertTrue(
        As.user("donor", () -> grants.list(PageQuery.firstPage(200))).stream()
            .anyMatch(g -> g.id() == grant),
        "donor viewers see approved grants");
    assertEquals(
        1L, As.user("donor", () -> grants.count(Map.of("reference", detail.grant().reference()))));
  }

  // --- set-up: each test makes its own round, earmark with money, members and applications

  private record Setup(long earmark, List<Long> applications, List<Long> members) {}

  private Setup setUp(int applicationCount, String usdInEarmark) throws Exception {
    String code = "IT" + Long.toString(System.nanoTime(), 36).toUpperCase();
    tx.begin();
    em.joinTransaction();
    Fund sip =
        em.createQuery("select f from Fund f where f.code = 'SIP'", Fund.class).getSingleResult();
    Earmark earmark = new Earmark(sip, code, "Test", "Test", "Test");
    em.persist(earmark);
    Round round =
        new Round(
            (int) (System.nanoTime() % 1_000_000) + 1000,
            "Test round " + code,
            LocalDate.of(2018, 6, 5),
            LocalDate.of(2018, 8, 31),
            new BigDecimal("50000.00"),
            new BigDecimal("250000.00"),
            24,
            earmark);
    em.persist(round);
    Country party =
        em.createQuery(
                "select c from Country c where c.sipEligibility <> :no and c.conventionStatus = :party"
                    + " order by c.isoCode",
                Country.class)
            .setParameter("no", SipEligibility.NOT_ELIGIBLE)
            .setParameter("party", ConventionStatus.PARTY)
            .setMaxResults(1)
            .getSingleResult();
    List<Long> applications = new ArrayList<>();
    Instant received = Instant.parse("2018-07-10T09:00:00Z");
    for (int i = 0; i < applicationCount; i++) {
      Application application =
          new Application(
              round,
              code + "-" + i,
              party,
              details(),
              new Registration(received, LocalDate.of(2018, 7, 10), Optional.empty()),
              "programme",
              received);
      em.persist(application);
      for (ApplicationStatus next :
          List.of(
              ApplicationStatus.SCREENING,
              ApplicationStatus.ELIGIBLE,
              ApplicationStatus.UNDER_REVIEW)) {
        em.persist(application.moveTo(next, "test", "programme", received));
      }
      applications.add(application.getId());
    }
    List<Long> members = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      CommitteeMember member =
          new CommitteeMember(
              code.toLowerCase() + "-" + i,
              "Member " + i,
              party,
              i == 0 ? MemberRole.CO_CHAIR : MemberRole.MEMBER,
              LocalDate.of(2018, 1, 1),
              null);
      em.persist(member);
      members.add(member.getId());
    }
    tx.commit();
    ReceiptForm money = new ReceiptForm();
    money.setDonorId(
        em.createQuery(
                "select o.id from Organisation o where o.name = 'Government of Norway'", Long.class)
            .getSingleResult());
    money.setEarmarkId(earmark.getId());
    money.setCurrencyCode("USD");
    money.setAmount(new BigDecimal(usdInEarmark));
    money.setReceivedOn(LocalDate.of(2018, 6, 1));
    As.user("finance", () -> receipts.post(money));
    return new Setup(earmark.getId(), applications, members);
  }

  private static ApplicationDetails details() {
    return new ApplicationDetails(
        "Ministry of Environment",
        "A. Contact",
        "contact@example.org",
        "Strengthening mercury inventories",
        "Summary",
        "Objectives",
        "Workplan",
        new BigDecimal("150000.00"),
        18,
        new BigDecimal("10000.00"),
        new BigDecimal("5000.00"),
        "Art. 7, 8",
        "Women miners are consulted");
  }

  private long meeting(LocalDate startsOn, int quorum) throws Exception {
    MeetingForm form = new MeetingForm();
    form.setReference("M-" + Long.toString(System.nanoTime(), 36));
    form.setTitle("Test meeting");
    form.setPlace("Geneva");
    form.setStartsOn(startsOn);
    form.setEndsOn(startsOn.plusDays(1));
    form.setQuorum(quorum);
    return As.user("programme", () -> meetings.create(form));
  }

  private void attend(long meeting, List<Long> members) throws Exception {
    As.user("programme", () -> meetings.recordAttendance(meeting, version(meeting), members));
  }

  private static DecisionForm approve(String usd) {
    DecisionForm form = new DecisionForm();
    form.setOutcome(Outcome.APPROVED);
    form.setApprovedUsd(new BigDecimal(usd));
    form.setReasons("Relevant, country-driven and well costed");
    return form;
  }

  private static boolean causes(Throwable failure, Class<? extends Throwable> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private long version(long meeting) {
    return em.createQuery("select m.version from CommitteeMeeting m where m.id = :id", Long.class)
        .setParameter("id", meeting)
        .getSingleResult();
  }

  private long grantVersion(long grant) {
    return em.createQuery("select g.version from Grant g where g.id = :id", Long.class)
        .setParameter("id", grant)
        .getSingleResult();
  }

  private long trancheVersion(long tranche) {
    return em.createQuery("select t.version from Tranche t where t.id = :id", Long.class)
        .setParameter("id", tranche)
        .getSingleResult();
  }

  private long reportVersion(long report) {
    return em.createQuery("select r.version from GrantReport r where r.id = :id", Long.class)
        .setParameter("id", report)
        .getSingleResult();
  }

  private ApplicationStatus status(long application) {
    return em.createQuery(
            "select a.status from Application a where a.id = :id", ApplicationStatus.class)
        .setParameter("id", application)
        .getSingleResult();
  }

  private FundBalance balance(long earmark) throws Exception {
    return As.user("finance", () -> balances.byEarmark()).stream()
        .filter(b -> b.earmarkId() == earmark)
        .findFirst()
        .orElseThrow();
  }
}
