package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
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
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.funding.AllocationForm;
import org.quicksilver.funding.AllocationService;
import org.quicksilver.funding.Pledge;
import org.quicksilver.funding.PledgeForm;
import org.quicksilver.funding.PledgeKind;
import org.quicksilver.funding.PledgeService;
import org.quicksilver.funding.ReceiptForm;
import org.quicksilver.funding.ReceiptService;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.programme.CommitteeService;
import org.quicksilver.programme.MemberForm;
import org.quicksilver.programme.MemberRole;
import org.quicksilver.programme.MemberRow;
import org.quicksilver.programme.OtherSheet;
import org.quicksilver.programme.ProgressRow;
import org.quicksilver.programme.QueueRow;
import org.quicksilver.programme.RankingLine;
import org.quicksilver.programme.RankingService;
import org.quicksilver.programme.RecusalRow;
import org.quicksilver.programme.RoundRanking;
import org.quicksilver.programme.ScoringService;
import org.quicksilver.programme.SheetForm;
import org.quicksilver.programme.SheetView;
import org.quicksilver.programme.rules.Coverage;
import org.quicksilver.programme.rules.ScoringState;
import org.quicksilver.programme.rules.SheetStatus;
import org.quicksilver.security.UserAdministration;
import org.quicksilver.security.UserData;

/**
 * The committee's services in the container: a member scores, saves a draft and submits; scoring is
 * blind until then; a member from the applicant's country or with a declared conflict is refused
 * both scoring and reading scores, by the service whatever the request; the ranking follows the
 * weighted mean and flags disagreements; the funding envelope draws its line from the round's
 * earmark's money. Every test sets up its own round, members and applications.
 */
@ExtendWith(ArquillianExtension.class)
class ScoringServicesIT {
  private static final String PASSWORD = "it-member-password-2030";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ScoringServicesIT.class, ProgrammeData.class);
  }

  @Inject ScoringService scoring;
  @Inject CommitteeService committee;
  @Inject RankingService rankings;
  @Inject UserAdministration users;
  @Inject ReceiptService receipts;
  @Inject PledgeService pledges;
  @Inject AllocationService allocations;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  private final Set<String> usedCountries = new HashSet<>();

  @Test
  void aMemberScoresSubmitsAndSeesTheOthersScoresOnlyAfterwards() throws Exception {
    ProgrammeData data = new ProgrammeData(em, tx);
    long round = data.round(null);
    Map<String, Long> criteria = data.criteria(round);
    String first = newMember(data);
    String second = newMember(data);
    long application = data.application(round, country(data), "Mercury inventory", "120000.00");

    assertEquals(ScoringState.NOT_STARTED, stateIn(as(first, scoring::myQueue), application));
    SheetForm draft = form(criteria, 4, null, 3);
    draft.setComment("Strong national ownership");
    as(first, () -> scoring.saveDraft(application, draft));
    SheetView saved = as(first, () -> scoring.sheet(application));
    assertEquals(SheetStatus.DRAFT, saved.status());
    assertEquals(4, saved.criteria().get(0).score());
    assertNull(saved.criteria().get(1).score(), "a criterion left empty stays empty");
    assertEquals("Strong national ownership", saved.comment());
    assertEquals(ScoringState.DRAFT, stateIn(as(first, scoring::myQueue), application));

    assertRefused(
        "programme.scoring.ownSheetFirst",
        () -> as(first, () -> scoring.othersScores(application)));
    assertRefused(
        "programme.scoring.incomplete",
        () -> as(first, () -> scoring.submit(application, SheetForm.of(saved))));

    as(second, () -> scoring.submit(application, form(criteria, 2, 5, 4)));
    assertRefused(
        "programme.scoring.ownSheetFirst",
        () -> as(first, () -> scoring.othersScores(application)),
        "a draft is not enough to see the others' scores");

    SheetForm complete = SheetForm.of(as(first, () -> scoring.sheet(application)));
    complete.getScores().put(criteria.get(ProgrammeData.FEASIBILITY), 4);
    as(first, () -> scoring.submit(application, complete));

    List<OtherSheet> others = as(first, () -> scoring.othersScores(application));
    assertEquals(1, others.size(), "the others' sheets, not one's own");
    assertEquals("Member " + second, others.get(0).memberName());
    assertEquals(
        List.of(2, 5, 4), others.get(0).scores().stream().map(line -> line.score()).toList());
    assertEquals(ScoringState.SUBMITTED, stateIn(as(first, scoring::myQueue), application));
    assertRefused(
        "programme.scoring.sheetSubmitted",
        () ->
            as(
                first,
                () ->
                    scoring.saveDraft(
                        application, SheetForm.of(as(first, () -> scoring.sheet(application))))),
        "a submitted sheet is final");
  }

  @Test
  void aMemberFromTheApplicantsCountryCanNeitherScoreNorReadItsScores() throws Exception {
    ProgrammeData data = new ProgrammeData(em, tx);
    long round = data.round(null);
    Map<String, Long> criteria = data.criteria(round);
    String compatriot = newMember(data);
    String other = newMember(data);
    String country = data.seatCountry(compatriot).orElseThrow();
    long application = data.application(round, country, "Artisanal gold mining", "90000.00");
    long elsewhere = data.application(round, country(data), "Dental amalgam", "80000.00");
    data.submittedSheet(other, application, 3, 3, 3);
    data.submittedSheet(compatriot, elsewhere, 3, 3, 3);

    List<QueueRow> queue = as(compatriot, scoring::myQueue);
    assertTrue(queue.stream().noneMatch(row -> row.applicationId() == application), "not queued");
    assertTrue(queue.stream().anyMatch(row -> row.applicationId() == elsewhere));

    // crafted requests straight to the service
    assertRefused(
        "programme.scoring.recused", () -> as(compatriot, () -> scoring.sheet(application)));
    assertRefused(
        "programme.scoring.recused",
        () -> as(compatriot, () -> scoring.saveDraft(application, form(criteria, 5, 5, 4))));
    assertRefused(
        "programme.scoring.recused",
        () -> as(compatriot, () -> scoring.submit(application, form(criteria, 5, 5, 4))));
    assertRefused(
        "programme.scoring.recused",
        () -> as(compatriot, () -> scoring.othersScores(application)),
        "even with a submitted sheet elsewhere, this application's scores stay hidden");

    List<RecusalRow> recused = As.user("programme", () -> committee.recusals(application));
    RecusalRow row =
        recused.stream().filter(r -> r.username().equals(compatriot)).findFirst().orElseThrow();
    assertTrue(row.sameCountry());
    assertNull(row.declaredReason());
    assertTrue(recused.stream().noneMatch(r -> r.username().equals(other)));
  }

  @Test
  void aDeclaredConflictRecusesTheMember() throws Exception {
    ProgrammeData data = new ProgrammeData(em, tx);
    long round = data.round(null);
    Map<String, Long> criteria = data.criteria(round);
    String declaring = newMember(data);
    String represented = newMember(data);
    long application = data.application(round, country(data), "Waste management", "150000.00");

    assertRefused(
        "programme.recusal.reasonRequired",
        () -> as(declaring, () -> committee.declareConflict(application, " ")));
    as(declaring, () -> committee.declareConflict(application, "My former employer applies"));
    assertThrows(
        DuplicateRecordException.class,
        () -> as(declaring, () -> committee.declareConflict(application, "Again")));
    long representedId = memberId(represented);
    assertThrows(
        AuthorizationException.class,
        () ->
            as(
                declaring,
                () -> committee.declareConflictFor(representedId, application, "On their behalf")),
        "a member declares only for themselves");
    As.user(
        "programme",
        () -> committee.declareConflictFor(representedId, application, "Declared by letter"));

    assertTrue(
        as(declaring, scoring::myQueue).stream().noneMatch(r -> r.applicationId() == application));
    assertRefused(
        "programme.scoring.recused",
        () -> as(declaring, () -> scoring.saveDraft(application, form(criteria, 1, 1, 1))));
    assertRefused(
        "programme.scoring.recused",
        () -> as(represented, () -> scoring.othersScores(application)));

    List<RecusalRow> recused = as(declaring, () -> committee.recusals(application));
    assertEquals(
        "My former employer applies",
        recused.stream()
            .filter(r -> r.username().equals(declaring))
            .findFirst()
            .orElseThrow()
            .declaredReason());
    RecusalRow byLetter =
        recused.stream().filter(r -> r.username().equals(represented)).findFirst().orElseThrow();
    assertEquals("Declared by letter", byLetter.declaredReason());
    assertFalse(byLetter.sameCountry());
    assertTrue(
        As.user("programme", committee::declarations).stream()
            .anyMatch(d -> d.reason().equals("Declared by letter")));
  }

  @Test
  void aScoreOutsideItsScaleIsRefusedAndNothingIsSaved() throws Exception {
    ProgrammeData data = new ProgrammeData(em, tx);
    long round = data.round(null);
    Map<String, Long> criteria = data.criteria(round);
    String member = newMember(data);
    long application = data.application(round, country(data), "Health sector", "70000.00");

    InvalidInputException tooLow =
        assertRefused(
            "programme.scoring.outOfScale",
            () -> as(member, () -> scoring.saveDraft(application, form(criteria, 3, 3, 0))));
    assertEquals(ProgrammeData.SUSTAINABILITY, tooLow.arguments()[0], "scale 1 to 4");
    assertRefused(
        "programme.scoring.outOfScale",
        () -> as(member, () -> scoring.submit(application, form(criteria, 6, 3, 2))));
    assertNull(as(member, () -> scoring.sheet(application)).status(), "nothing saved");
  }

  @Test
  void seatingAMemberNeedsAnAccountWithACommitteeRole() throws Exception {
    ProgrammeData data = new ProgrammeData(em, tx);
    MemberForm finance = seatForm("finance", data.eligibleCountry(Set.of()));
    assertRefused(
        "programme.member.accountNotCommittee",
        () -> As.user("programme", () -> committee.add(finance)));
    String member = newMember(data);
    MemberForm again = seatForm(member, data.eligibleCountry(Set.of()));
    assertThrows(
        DuplicateRecordException.class, () -> As.user("programme", () -> committee.add(again)));
    assertThrows(AuthorizationException.class, () -> as(member, () -> committee.add(again)));
    assertTrue(as(member, committee::members).stream().anyMatch(m -> m.username().equals(member)));
    assertThrows(AuthorizationException.class, () -> As.user("donor", committee::members));
  }

  @Test
  void theRankingFollowsTheWeightedMeanAndFlagsAWideDisagreement() throws Exception {
    ProgrammeData data = new ProgrammeData(em, tx);
    long round = data.round(null);
    String p = seatOnly(data);
    String q = seatOnly(data);
    String applicant = country(data);
    long a1 = data.application(round, applicant, "First", "100000.00");
    long a2 = data.application(round, applicant, "Second", "100000.00");
    long a3 = data.application(round, applicant, "Third", "100000.00");
    long unscored = data.application(round, applicant, "Fourth", "100000.00");
    data.submittedSheet(p, a1, 5, 5, 4);
    data.submittedSheet(q, a1, 4, 5, 4);
    data.submittedSheet(p, a3, 0, 2, 1);
    data.submittedSheet(q, a3, 5, 2, 1);
    data.submittedSheet(p, a2, 3, 3, 2);
    data.submittedSheet(q, a2, 3, 2, 3);

    RoundRanking ranking = As.user("chair", () -> rankings.ranking(round));
    assertEquals(
        List.of(data.reference(a1), data.reference(a2), data.reference(a3)),
        ranking.lines().stream().map(RankingLine::reference).toList());
    assertEquals(
        List.of(new BigDecimal("96.00"), new BigDecimal("54.00"), new BigDecimal("34.00")),
        ranking.lines().stream().map(RankingLine::score).toList());
    RankingLine first = ranking.lines().get(0);
    assertEquals(
        List.of(new BigDecimal("4.50"), new BigDecimal("5.00"), new BigDecimal("4.00")),
        first.means());
    assertFalse(first.needsDiscussion());
    assertEquals(List.of("RELEVANCE 0–5"), ranking.lines().get(2).disagreements());
    assertEquals(
        List.of(data.reference(unscored)),
        ranking.unscored().stream().map(u -> u.reference()).toList());

    ProgressRow progress =
        ranking.progress().stream().filter(m -> m.username().equals(p)).findFirst().orElseThrow();
    assertEquals(3, progress.submitted().size());
    assertEquals(List.of(data.reference(unscored)), progress.notStarted());
    assertFalse(progress.isDone());

    assertEquals(round, As.user("programme", () -> rankings.ranking(null)).roundId(), "latest");
    String member = newMember(data);
    assertThrows(AuthorizationException.class, () -> as(member, () -> rankings.ranking(round)));
  }

  @Test
  void theEnvelopeDrawsTheFundingLineFromTheEarmarksMoney() throws Exception {
    ProgrammeData data = new ProgrammeData(em, tx);
    long earmark = newSipEarmark();
    long norway = organisation("Government of Norway");
    receipt(norway, earmark, "300000.00", null);
    long pledge = pledge(norway, earmark, "250000.00");
    receipt(norway, earmark, "50000.00", pledge);
    long writtenOff = pledge(norway, earmark, "10000.00");
    As.user("finance", () -> pledges.writeOff(writtenOff, version(writtenOff), "Will not come"));
    AllocationForm allocation = new AllocationForm();
    allocation.setEarmarkId(earmark);
    allocation.setPurpose("Earlier grant");
    allocation.setAmountUsd(new BigDecimal("50000.00"));
    allocation.setAllocatedOn(LocalDate.of(2019, 1, 15));
    As.user("finance", () -> allocations.allocate(allocation));

    long round = data.round(earmark);
    String p = seatOnly(data);
    String applicant = country(data);
    long a1 = data.application(round, applicant, "Best", "200000.00");
    long a2 = data.application(round, applicant, "Good", "150000.00");
    long a3 = data.application(round, applicant, "Fair", "100000.00");
    long a4 = data.application(round, applicant, "Weak", "250000.00");
    data.submittedSheet(p, a1, 5, 5, 4);
    data.submittedSheet(p, a2, 4, 4, 3);
    data.submittedSheet(p, a3, 3, 3, 2);
    data.submittedSheet(p, a4, 1, 1, 1);

    RoundRanking ranking = As.user("programme", () -> rankings.ranking(round));
    assertEquals(new BigDecimal("300000.00"), ranking.available(), "received less allocated");
    assertEquals(
        new BigDecimal("200000.00"), ranking.pledgedUnpaid(), "the written-off pledge is ignored");
    assertEquals(
        List.of(
            Coverage.FUNDABLE,
            Coverage.FUNDABLE_IF_PLEDGES_PAID,
            Coverage.FUNDABLE_IF_PLEDGES_PAID,
            Coverage.RESERVE),
        ranking.lines().stream().map(RankingLine::coverage).toList());
    assertEquals(
        List.of(
            new BigDecimal("200000.00"),
            new BigDecimal("350000.00"),
            new BigDecimal("450000.00"),
            new BigDecimal("700000.00")),
        ranking.lines().stream().map(RankingLine::runningTotal).toList());
    assertEquals(
        List.of(false, true, false, false),
        ranking.lines().stream().map(RankingLine::firstBelowLine).toList(),
        "the line falls below the first");
    assertEquals(new BigDecimal("200000.00"), ranking.fundableTotal());
    assertEquals(new BigDecimal("250000.00"), ranking.coveredByPledgesTotal());
    assertEquals(new BigDecimal("100000.00"), ranking.availableLeft());
    assertEquals(data.reference(a1), ranking.lines().get(0).reference());
  }

  // --- set-up

  /** A new account with the committee member role, seated from a Party not used yet. */
  private String newMember(ProgrammeData data) throws Exception {
    String username = "it-m" + Long.toString(System.nanoTime(), 36);
    UserData account = new UserData();
    account.setUsername(username);
    account.setDisplayName("Member " + username);
    account.setRoles(List.of("committee_member"));
    account.setNewPassword(PASSWORD);
    As.user("admin", () -> users.create(account));
    As.user("programme", () -> committee.add(seatForm(username, country(data))));
    return username;
  }

  /** A seat without an account, for the ranking (nobody signs in as them). */
  private String seatOnly(ProgrammeData data) throws Exception {
    String username = "it-s" + Long.toString(System.nanoTime(), 36);
    data.seat(username, country(data), MemberRole.MEMBER);
    return username;
  }

  private MemberForm seatForm(String username, String isoCode) {
    MemberForm form = new MemberForm();
    form.setUsername(username);
    form.setFullName("Member " + username);
    form.setCountryId(
        em.createQuery("select c.id from Country c where c.isoCode = :iso", Long.class)
            .setParameter("iso", isoCode)
            .getSingleResult());
    form.setRole(MemberRole.MEMBER);
    form.setTermStart(LocalDate.of(2018, 1, 1));
    return form;
  }

  /** An eligible Party no other member or application of this test uses. */
  private String country(ProgrammeData data) {
    String code = data.eligibleCountry(usedCountries);
    usedCountries.add(code);
    return code;
  }

  private long memberId(String username) throws Exception {
    List<MemberRow> members = As.user("programme", committee::members);
    return members.stream()
        .filter(m -> m.username().equals(username))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private long newSipEarmark() throws Exception {
    String code = "IT" + Long.toString(System.nanoTime(), 36).toUpperCase();
    tx.begin();
    em.joinTransaction();
    em.createNativeQuery(
            "insert into earmark (fund_id, code, name_en, name_fr, name_es)"
                + " select id, ?1, 'Test', 'Test', 'Test' from fund where code = 'SIP'")
        .setParameter(1, code)
        .executeUpdate();
    tx.commit();
    return em.createQuery("select e.id from Earmark e where e.code = :c", Long.class)
        .setParameter("c", code)
        .getSingleResult();
  }

  private long organisation(String name) {
    return em.createQuery("select o.id from Organisation o where o.name = :n", Long.class)
        .setParameter("n", name)
        .getSingleResult();
  }

  private void receipt(long donor, long earmark, String usd, Long pledge) throws Exception {
    ReceiptForm form = new ReceiptForm();
    form.setDonorId(donor);
    form.setEarmarkId(earmark);
    form.setPledgeId(pledge);
    form.setCurrencyCode("USD");
    form.setAmount(new BigDecimal(usd));
    form.setReceivedOn(LocalDate.of(2019, 1, 10));
    form.setBankReference("IT-SIP-" + System.nanoTime());
    As.user("finance", () -> receipts.post(form));
  }

  private long pledge(long donor, long earmark, String usd) throws Exception {
    PledgeForm form = new PledgeForm();
    form.setDonorId(donor);
    form.setEarmarkId(earmark);
    form.setKind(PledgeKind.AGREEMENT);
    form.setReference("IT-PL-" + System.nanoTime());
    form.setPledgedOn(LocalDate.of(2019, 1, 2));
    form.setExpectedBy(LocalDate.of(2099, 12, 31));
    form.setAmount(new BigDecimal(usd));
    form.setCurrencyCode("USD");
    return As.user("finance", () -> pledges.record(form));
  }

  private long version(long pledgeId) {
    return em.find(Pledge.class, pledgeId).getVersion();
  }

  private static SheetForm form(Map<String, Long> criteria, Integer... scores) {
    SheetForm form = new SheetForm();
    List<String> codes =
        new ArrayList<>(
            List.of(
                ProgrammeData.RELEVANCE, ProgrammeData.FEASIBILITY, ProgrammeData.SUSTAINABILITY));
    for (int i = 0; i < codes.size(); i++) {
      form.getScores().put(criteria.get(codes.get(i)), scores[i]);
    }
    return form;
  }

  private static ScoringState stateIn(List<QueueRow> queue, long applicationId) {
    return queue.stream()
        .filter(row -> row.applicationId() == applicationId)
        .findFirst()
        .orElseThrow(() -> new AssertionError("not in the queue: " + applicationId))
        .state();
  }

  private static <T> T as(String username, Callable<T> work) throws Exception {
    return As.user(username, PASSWORD, work);
  }

  private static InvalidInputException assertRefused(
      String messageKey, org.junit.jupiter.api.function.Executable call) {
    return assertRefused(messageKey, call, messageKey);
  }

  private static InvalidInputException assertRefused(
      String messageKey, org.junit.jupiter.api.function.Executable call, String why) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, call, why);
    assertEquals(messageKey, refused.messageKey(), why);
    return refused;
  }
}
