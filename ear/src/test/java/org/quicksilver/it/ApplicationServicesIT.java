package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
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
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.platform.ConcurrentChangeException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.programme.ApplicationDetail;
import org.quicksilver.programme.ApplicationForm;
import org.quicksilver.programme.ApplicationHistoryRow;
import org.quicksilver.programme.ApplicationRow;
import org.quicksilver.programme.ApplicationService;
import org.quicksilver.programme.AttachmentFile;
import org.quicksilver.programme.AttachmentKind;
import org.quicksilver.programme.BudgetRow;
import org.quicksilver.programme.CommitteeMember;
import org.quicksilver.programme.LogFrameLine;
import org.quicksilver.programme.MemberRole;
import org.quicksilver.programme.ResultLevel;
import org.quicksilver.programme.RoundDetail;
import org.quicksilver.programme.RoundForm;
import org.quicksilver.programme.RoundService;
import org.quicksilver.programme.ScreeningRow;
import org.quicksilver.programme.ScreeningService;
import org.quicksilver.programme.rules.ApplicationFlag;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.reference.Country;

/**
 * Rounds, applications and screening in the container: the round's window, eligible Parties only, a
 * budget that adds up, stale saves refused, screening through to the committee with its history,
 * attachments checked by their bytes, and a committee member kept away from their own country's
 * application.
 */
@ExtendWith(ArquillianExtension.class)
class ApplicationServicesIT {
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ApplicationServicesIT.class);
  }

  @Inject RoundService rounds;
  @Inject ApplicationService applications;
  @Inject ScreeningService screening;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  @Test
  void aRoundsCriteriaMustAddUpToAHundred() throws Exception {
    RoundForm form = roundForm(LocalDate.now(), LocalDate.now().plusDays(30));
    form.getCriteria().get(0).setWeightPercent(50);
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> As.user("programme", () -> rounds.create(form)));
    assertEquals("programme.criteria.weightsNotHundred", refused.messageKey());

    long roundId = openRound();
    RoundDetail detail = As.user("member", () -> rounds.get(roundId));
    assertEquals(List.of(60, 40), detail.criteria().stream().map(c -> c.weightPercent()).toList());
    assertEquals(2, detail.checklist().size());
    assertEquals("Geneva, 15 May 2018", detail.round().criteriaAdoptedAt());
    assertThrows(
        AuthorizationException.class,
        () -> As.user("member", () -> rounds.create(roundForm(LocalDate.now(), LocalDate.now()))));
  }

  @Test
  void anApplicationIsRegisteredInTheWindowOrOutsideItOnlyWithAReason() throws Exception {
    long roundId = openRound();
    long onTime = register(roundId, "GH", Instant.now(), null, "100000.00");
    ApplicationDetail detail = As.user("programme", () -> applications.detail(onTime));
    assertEquals(ApplicationStatus.RECEIVED, detail.status());
    assertTrue(detail.flags().isEmpty(), detail.flags().toString());
    assertEquals(List.of(ApplicationStatus.RECEIVED), statuses(onTime));

    Instant longAgo = LocalDate.of(2001, 1, 15).atStartOfDay().toInstant(ZoneOffset.UTC);
    InvalidInputException closed =
        assertThrows(
            InvalidInputException.class, () -> register(roundId, "GH", longAgo, " ", "100000.00"));
    assertEquals("programme.round.closed", closed.messageKey());

    long late = register(roundId, "GH", longAgo, "Courier delayed by a strike", "300000.00");
    ApplicationDetail lateDetail = As.user("programme", () -> applications.detail(late));
    assertEquals(
        List.of(ApplicationFlag.RECEIVED_OUTSIDE_WINDOW, ApplicationFlag.AMOUNT_ABOVE_MAXIMUM),
        lateDetail.flags());
    List<ApplicationHistoryRow> history = As.user("programme", () -> applications.history(late));
    assertEquals("Courier delayed by a strike", history.get(0).reason());
    assertEquals("programme", history.get(0).by());
  }

  @Test
  void aCountryThatIsNotAnEligiblePartyIsRefused() throws Exception {
    long roundId = openRound();
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> register(roundId, "SE", Instant.now(), null, "100000.00"));
    assertEquals("programme.application.partyNotEligible", refused.messageKey());
  }

  @Test
  void aBudgetMustAddUpToTheAmountRequested() throws Exception {
    long id = register(openRound(), "GH", Instant.now(), null, "100000.00");
    long version = version(id);
    List<BudgetRow> short10k =
        List.of(
            new BudgetRow("Personnel", 2026, new BigDecimal("50000.00")),
            new BudgetRow("Workshops", 2027, new BigDecimal("40000.00")));
    InvalidInputException mismatch =
        assertThrows(
            InvalidInputException.class,
            () -> As.user("programme", () -> applications.replaceBudget(id, version, short10k)));
    assertEquals("programme.application.budgetMismatch", mismatch.messageKey());

    List<BudgetRow> exact =
        List.of(
            new BudgetRow("Personnel", 2026, new BigDecimal("50000.00")),
            new BudgetRow("Workshops", 2026, new BigDecimal("10000.00")),
            new BudgetRow("Workshops", 2027, new BigDecimal("40000.00")));
    As.user("programme", () -> applications.replaceBudget(id, version, exact));
    ApplicationDetail detail = As.user("programme", () -> applications.detail(id));
    assertEquals(new BigDecimal("100000.00"), detail.budgetTotal());
    assertTrue(detail.budgetMatches());
    assertEquals(new BigDecimal("50000.00"), detail.totalsByCategory().get("Workshops"));
    assertEquals(List.of(2026, 2027), detail.budgetYears());
    assertTrue(detail.summary().version() > version, "the budget moves the version");

    As.user(
        "programme",
        () ->
            applications.replaceLogFrame(
                id,
                detail.summary().version(),
                List.of(
                    new LogFrameLine(ResultLevel.OUTCOME, "Mercury trade controlled", "Law"),
                    new LogFrameLine(ResultLevel.OUTPUT, "Customs officers trained", "40"))));
    ApplicationDetail framed = As.user("programme", () -> applications.detail(id));
    assertEquals(1, framed.outcomes().size());
    assertEquals("Customs officers trained", framed.outputs().get(0).description());
  }

  @Test
  void aStaleUpdateIsRefusedAndOverwritesNothing() throws Exception {
    long id = register(openRound(), "GH", Instant.now(), null, "100000.00");
    ApplicationDetail seen = As.user("programme", () -> applications.detail(id));
    ApplicationForm first = new ApplicationForm().describe(seen.details());
    first.setTitle("First correction");
    As.user("programme", () -> applications.update(id, seen.summary().version(), first.details()));
    ApplicationForm second = new ApplicationForm().describe(seen.details());
    second.setTitle("Second, stale correction");
    assertThrows(
        ConcurrentChangeException.class,
        () ->
            As.user(
                "programme",
                () -> applications.update(id, seen.summary().version(), second.details())));
    assertEquals(
        "First correction", As.user("programme", () -> applications.detail(id)).details().title());
  }

  @Test
  void screeningTakesAnApplicationToTheCommitteeAndEachStepIsInTheHistory() throws Exception {
    long id = register(openRound(), "GH", Instant.now(), null, "100000.00");
    As.user("programme", () -> screening.start(id, version(id)));
    ApplicationDetail screened = As.user("programme", () -> applications.detail(id));
    List<ScreeningRow> items = screened.screening();
    assertEquals(2, items.size());
    assertFalse(screened.screeningComplete());

    As.user("programme", () -> screening.check(id, items.get(0).itemId(), true, "Signed"));
    InvalidInputException incomplete =
        assertThrows(
            InvalidInputException.class,
            () -> As.user("programme", () -> screening.decide(id, version(id), true, "Complete")));
    assertEquals("programme.screening.checklistIncomplete", incomplete.messageKey());
    As.user("programme", () -> screening.check(id, items.get(1).itemId(), false, "Missing"));
    InvalidInputException unmet =
        assertThrows(
            InvalidInputException.class,
            () -> As.user("programme", () -> screening.decide(id, version(id), true, "Complete")));
    assertEquals("programme.screening.eligibleWithUnmetItems", unmet.messageKey());
    As.user("programme", () -> screening.check(id, items.get(1).itemId(), true, "Sent later"));

    As.user(
        "programme",
        () -> screening.decide(id, version(id), true, "Complete and from an eligible Party"));
    InvalidInputException noAssessment =
        assertThrows(
            InvalidInputException.class,
            () -> As.user("programme", () -> screening.sendToCommittee(id, version(id))));
    assertEquals("programme.screening.assessmentRequired", noAssessment.messageKey());
    As.user("programme", () -> screening.assess(id, version(id), "Relevant; feasible budget."));
    As.user("programme", () -> screening.sendToCommittee(id, version(id)));

    ApplicationDetail done = As.user("programme", () -> applications.detail(id));
    assertEquals(ApplicationStatus.UNDER_REVIEW, done.status());
    assertEquals("Complete and from an eligible Party", done.eligibilityReason());
    assertEquals("Relevant; feasible budget.", done.firstAssessment());
    assertTrue(done.screening().stream().allMatch(s -> Boolean.TRUE.equals(s.met())));
    assertEquals(
        List.of(
            ApplicationStatus.RECEIVED,
            ApplicationStatus.SCREENING,
            ApplicationStatus.ELIGIBLE,
            ApplicationStatus.UNDER_REVIEW),
        statuses(id));
    List<ApplicationHistoryRow> history = As.user("programme", () -> applications.history(id));
    assertEquals(ApplicationStatus.SCREENING, history.get(2).from());
    assertEquals("Complete and from an eligible Party", history.get(2).reason());

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> As.user("programme", () -> screening.start(id, version(id))));
    assertEquals("programme.application.transitionRefused", refused.messageKey());
  }

  @Test
  void aWithdrawalNeedsAReasonAndEndsTheWorkflow() throws Exception {
    long id = register(openRound(), "GH", Instant.now(), null, "100000.00");
    assertThrows(
        InvalidInputException.class,
        () -> As.user("programme", () -> applications.withdraw(id, version(id), "")));
    As.user("programme", () -> applications.withdraw(id, version(id), "Ministry reorganised"));
    assertEquals(List.of(ApplicationStatus.RECEIVED, ApplicationStatus.WITHDRAWN), statuses(id));
    InvalidInputException closed =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "programme",
                    () ->
                        applications.upload(
                            id, AttachmentKind.OTHER, "late.pdf", "application/pdf", PDF)));
    assertEquals("programme.application.closed", closed.messageKey());
  }

  @Test
  void anAttachmentOfTheWrongTypeIsRefusedAndAGoodOneComesBackByteForByte() throws Exception {
    long id = register(openRound(), "GH", Instant.now(), null, "100000.00");
    byte[] html = "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8);
    InvalidInputException wrongType =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "programme",
                    () ->
                        applications.upload(
                            id,
                            AttachmentKind.ENDORSEMENT_LETTER,
                            "letter.pdf",
                            "application/pdf",
                            html)));
    assertEquals("programme.attachment.typeRefused", wrongType.messageKey());
    InvalidInputException misnamed =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "programme",
                    () ->
                        applications.upload(
                            id, AttachmentKind.OTHER, "letter.exe", "application/pdf", PDF)));
    assertEquals("programme.attachment.typeMismatch", misnamed.messageKey());
    InvalidInputException tooLarge =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "programme",
                    () ->
                        applications.upload(
                            id,
                            AttachmentKind.OTHER,
                            "big.pdf",
                            "application/pdf",
                            java.util.Arrays.copyOf(PDF, 10 * 1024 * 1024 + 1))));
    assertEquals("programme.attachment.tooLarge", tooLarge.messageKey());

    long attachmentId =
        As.user(
            "programme",
            () ->
                applications.upload(
                    id,
                    AttachmentKind.ENDORSEMENT_LETTER,
                    "C:\\scans\\endorsement.pdf",
                    "application/pdf",
                    PDF));
    AttachmentFile file = As.user("programme", () -> applications.download(attachmentId));
    assertArrayEquals(PDF, file.content());
    assertEquals("endorsement.pdf", file.fileName());
    assertEquals("application/pdf", file.contentType());
    ApplicationDetail detail = As.user("programme", () -> applications.detail(id));
    assertEquals(1, detail.attachments().size());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(PDF)),
        detail.attachments().get(0).sha256());
    assertEquals(PDF.length, detail.attachments().get(0).sizeBytes());
  }

  @Test
  void aCommitteeMemberNeverSeesAnApplicationFromTheirOwnCountry() throws Exception {
    String memberCountry = committeeMemberCountry("member");
    String otherCountry = memberCountry.equals("AR") ? "BJ" : "AR";
    long roundId = openRound();
    long own = underReview(register(roundId, memberCountry, Instant.now(), null, "100000.00"));
    long other = underReview(register(roundId, otherCountry, Instant.now(), null, "120000.00"));
    long notYet = register(roundId, otherCountry, Instant.now(), null, "90000.00");
    long ownFile =
        As.user(
            "programme",
            () -> applications.upload(own, AttachmentKind.OTHER, "a.pdf", "application/pdf", PDF));

    Map<String, String> inRound = Map.of("roundId", String.valueOf(roundId));
    List<ApplicationRow> seen =
        As.user("member", () -> applications.list(new PageQuery(0, 50, null, true, inRound)));
    assertEquals(List.of(other), seen.stream().map(ApplicationRow::id).toList());
    assertEquals(1L, As.user("member", () -> applications.count(inRound)));
    assertEquals(3L, As.user("programme", () -> applications.count(inRound)));

    // the page shows nothing more, and neither does a crafted request to the service
    assertThrows(
        AuthorizationException.class, () -> As.user("member", () -> applications.detail(own)));
    assertThrows(
        AuthorizationException.class, () -> As.user("member", () -> applications.history(own)));
    assertThrows(
        AuthorizationException.class,
        () -> As.user("member", () -> applications.download(ownFile)));
    assertThrows(
        AuthorizationException.class, () -> As.user("member", () -> applications.detail(notYet)));
    assertEquals(other, As.user("member", () -> applications.detail(other)).summary().id());
    assertThrows(
        AuthorizationException.class,
        () -> As.user("member", () -> screening.start(notYet, version(notYet))));
  }

  // ---- set-up through the services, as a programme officer would ----

  private long openRound() throws Exception {
    return As.user(
        "programme",
        () ->
            rounds.create(roundForm(LocalDate.now().minusDays(10), LocalDate.now().plusDays(10))));
  }

  private static RoundForm roundForm(LocalDate opensOn, LocalDate closesOn) {
    RoundForm form = new RoundForm();
    form.setNumber(100_000 + (int) (Math.abs(System.nanoTime()) % 1_000_000_000));
    form.setTitle("IT round " + System.nanoTime());
    form.setOpensOn(opensOn);
    form.setClosesOn(closesOn);
    form.setMinimumUsd(new BigDecimal("50000.00"));
    form.setMaximumUsd(new BigDecimal("250000.00"));
    form.setMaximumMonths(36);
    form.setCriteriaAdoptedAt("Geneva, 15 May 2018");
    form.getCriteria().add(new RoundForm.CriterionLine("RELEVANCE", "Relevance", 60, 0, 5));
    form.getCriteria().add(new RoundForm.CriterionLine("FEASIBILITY", "Feasibility", 40, 0, 5));
    form.getChecklist().add(new RoundForm.ChecklistLine("ENDORSEMENT", "Endorsement letter"));
    form.getChecklist().add(new RoundForm.ChecklistLine("BUDGET", "Budget form complete"));
    return form;
  }

  private long register(
      long roundId, String isoCode, Instant receivedAt, String lateReason, String amount)
      throws Exception {
    ApplicationForm form = new ApplicationForm();
    form.setRoundId(roundId);
    form.setCountryId(countryId(isoCode));
    form.setReceivedAt(receivedAt);
    form.setLateReason(lateReason);
    form.setMinistry("Ministry of Environment");
    form.setContactName("Focal point");
    form.setContactEmail("focal.point@example.org");
    form.setTitle("Mercury inventory " + System.nanoTime());
    form.setSummary("A national mercury inventory and customs training.");
    form.setAmountRequested(new BigDecimal(amount));
    form.setDurationMonths(24);
    form.setCofinancingCash(new BigDecimal("10000.00"));
    form.setCofinancingInKind(new BigDecimal("5000.00"));
    return As.user("programme", () -> applications.register(form));
  }

  private long underReview(long id) throws Exception {
    As.user(
        "programme",
        () -> {
          screening.start(id, version(id));
          for (ScreeningRow item : applications.detail(id).screening()) {
            screening.check(id, item.itemId(), true, null);
          }
          screening.decide(id, version(id), true, "Eligible");
          screening.assess(id, version(id), "Sound");
          screening.sendToCommittee(id, version(id));
        });
    return id;
  }

  /** The application's current version, read straight from the database (no one signed in). */
  private long version(long id) {
    return em.createQuery("select a.version from Application a where a.id = :id", Long.class)
        .setParameter("id", id)
        .getSingleResult();
  }

  private List<ApplicationStatus> statuses(long id) throws Exception {
    return As.user("programme", () -> applications.history(id)).stream()
        .map(ApplicationHistoryRow::to)
        .toList();
  }

  private long countryId(String isoCode) {
    return em.createQuery("select c.id from Country c where c.isoCode = :iso", Long.class)
        .setParameter("iso", isoCode)
        .getSingleResult();
  }

  /**
   * The country of the committee member signing in as this user, creating the member (from Ghana)
   * when the demo data has none, so the test stands on its own.
   */
  private String committeeMemberCountry(String username) throws Exception {
    tx.begin();
    try {
      CommitteeMember member =
          em.createQuery(
                  "select m from CommitteeMember m join fetch m.country where m.username = :u",
                  CommitteeMember.class)
              .setParameter("u", username)
              .getResultStream()
              .findFirst()
              .orElse(null);
      if (member == null) {
        Country ghana =
            em.createQuery("select c from Country c where c.isoCode = 'GH'", Country.class)
                .getSingleResult();
        member =
            new CommitteeMember(
                username, "Test member", ghana, MemberRole.MEMBER, LocalDate.of(2018, 1, 1), null);
        em.persist(member);
      }
      String iso = member.getCountry().getIsoCode();
      tx.commit();
      assertTrue(
          member.getCountry().isEligibleForSip(),
          "the member's country must be able to apply for this test: " + iso);
      return iso;
    } catch (Exception | Error failure) {
      if (tx.getStatus() == jakarta.transaction.Status.STATUS_ACTIVE) {
        tx.rollback();
      }
      throw failure;
    }
  }
}
