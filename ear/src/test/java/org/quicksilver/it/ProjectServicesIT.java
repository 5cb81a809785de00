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
import java.util.List;
import java.util.Map;
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
import org.quicksilver.platform.ConcurrentChangeException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.projects.ActivityDetail;
import org.quicksilver.projects.ActivityForm;
import org.quicksilver.projects.ActivityRow;
import org.quicksilver.projects.ActivityService;
import org.quicksilver.projects.CostForm;
import org.quicksilver.projects.IndicatorLine;
import org.quicksilver.projects.ParticipantCounts;
import org.quicksilver.projects.ParticipantForm;
import org.quicksilver.projects.ParticipantRow;
import org.quicksilver.projects.ParticipantService;
import org.quicksilver.projects.PilotDetail;
import org.quicksilver.projects.PilotForm;
import org.quicksilver.projects.PilotProjectService;
import org.quicksilver.projects.PilotRow;
import org.quicksilver.projects.ProjectDetail;
import org.quicksilver.projects.ProjectForm;
import org.quicksilver.projects.ProjectService;
import org.quicksilver.projects.SpendingLine;
import org.quicksilver.projects.rules.ActivityStatus;
import org.quicksilver.projects.rules.ActivityType;
import org.quicksilver.projects.rules.Gender;
import org.quicksilver.projects.rules.ParticipantRole;
import org.quicksilver.projects.rules.PilotProjectStatus;
import org.quicksilver.reference.RegionalGroup;
import org.quicksilver.security.UserAdministration;

/**
 * Capacity building on the configured database: the activity workflow through the service,
 * participants counted by region and gender (names refused to a donor viewer), costs paid from an
 * earmark through the funding ledger and read back as spending against budget, pilot milestones
 * flagged overdue.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectServicesIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ProjectServicesIT.class, DonorViewers.class);
  }

  @Inject ProjectService projects;
  @Inject ActivityService activities;
  @Inject ParticipantService participants;
  @Inject PilotProjectService pilots;
  @Inject ReceiptService receipts;
  @Inject BalanceService balances;
  @Inject UserAdministration users;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  @Test
  void theActivityWorkflowIsCheckedByTheService() throws Exception {
    ActivityForm form = event("Bureau meeting " + System.nanoTime(), null);
    long id = As.user("programme", () -> activities.create(form));
    assertEquals("projects.activity.datesRequired", refusal(() -> activities.confirm(id, 0)));

    LocalDate future = LocalDate.now().plusMonths(2);
    form.setStartOn(future);
    form.setEndOn(future.plusDays(2));
    As.user("programme", () -> activities.update(id, version(id), form));
    assertEquals(
        "projects.activity.venueRequired", refusal(() -> activities.confirm(id, version(id))));
    form.setVenueCity("Geneva");
    form.setVenueCountryId(countryId("CH"));
    As.user("programme", () -> activities.update(id, version(id), form));
    long stale = version(id);
    As.user("programme", () -> activities.confirm(id, version(id)));
    assertEquals(ActivityStatus.CONFIRMED, row(id).status());
    assertThrows(
        ConcurrentChangeException.class,
        () -> As.user("programme", () -> activities.postpone(id, stale, "Venue lost")));
    assertEquals(
        "projects.activity.heldInFuture", refusal(() -> activities.markHeld(id, version(id))));
    assertEquals(
        "projects.activity.reasonRequired",
        refusal(() -> activities.postpone(id, version(id), " ")));
    As.user("programme", () -> activities.postpone(id, version(id), "Host country elections"));
    ActivityDetail postponed = As.user("programme", () -> activities.detail(id));
    assertEquals(ActivityStatus.PLANNED, postponed.activity().status());
    assertEquals("Host country elections", postponed.statusReason());

    As.user("programme", () -> activities.cancel(id, version(id), "Merged with COP side event"));
    assertEquals(
        "projects.activity.transitionRefused", refusal(() -> activities.confirm(id, version(id))));
    assertEquals(
        "projects.activity.final", refusal(() -> activities.update(id, version(id), form)));
    assertThrows(
        AuthorizationException.class,
        () -> As.user("finance", () -> activities.create(event("Not mine", null))));

    ActivityForm past = event("Expert group, Ottawa " + System.nanoTime(), null);
    past.setType(ActivityType.EXPERT_GROUP_MEETING);
    past.setStartOn(LocalDate.of(2018, 3, 5));
    past.setEndOn(LocalDate.of(2018, 3, 9));
    past.setVenueCity("Ottawa");
    past.setVenueCountryId(countryId("CA"));
    long held = As.user("programme", () -> activities.create(past));
    As.user("programme", () -> activities.confirm(held, version(held)));
    As.user("programme", () -> activities.markHeld(held, version(held)));
    assertEquals(ActivityStatus.HELD, row(held).status());
    List<ActivityRow> inMarch =
        As.user(
            "programme",
            () ->
                activities.list(
                    new PageQuery(
                        0,
                        50,
                        "startOn",
                        true,
                        Map.of(
                            "from",
                            "2018-03-09",
                            "to",
                            "2018-03-31",
                            "status",
                            "HELD",
                            "title",
                            past.getTitle()))));
    assertEquals(List.of(held), inMarch.stream().map(ActivityRow::id).toList());
    // nobody's money paid for it: the demo donor viewer (Sweden) does not find it
    assertEquals(
        0L,
        As.user(
            "donor",
            () ->
                activities.count(
                    Map.of("type", "EXPERT_GROUP_MEETING", "title", past.getTitle()))));
    assertEquals(
        1L,
        As.user(
            "programme",
            () ->
                activities.count(
                    Map.of("type", "EXPERT_GROUP_MEETING", "title", past.getTitle()))));
    assertTrue(
        As.user(
                "programme",
                () -> activities.calendar(LocalDate.of(2018, 3, 1), LocalDate.of(2018, 3, 31)))
            .stream()
            .anyMatch(a -> a.id() == held));
  }

  @Test
  void participantsAreCountedByRegionAndGenderAndOnlyStaffSeeTheirNames() throws Exception {
    long activity =
        As.user(
            "programme",
            () -> activities.create(event("Regional consultation " + System.nanoTime(), null)));
    long earmark = earmarkWithMoney("1000");
    register(activity, "ZM", Gender.FEMALE, "Ms Mwansa", null);
    register(activity, "ZM", Gender.MALE, "Mr Banda", null);
    register(activity, "PE", Gender.FEMALE, "Sra Quispe", earmark);
    // paid from the EU's money, so the EU's donor viewer may count its participants
    As.user("programme", () -> activities.recordCost(activity, cost("100.00", earmark)));
    String eu = euViewer();

    ParticipantCounts counts = As.user(eu, () -> participants.totals(activity));
    assertEquals(3, counts.total());
    assertEquals(2, counts.count(counts.byRegion(), RegionalGroup.AFRICA.name()));
    assertEquals(1, counts.count(counts.byRegion(), RegionalGroup.LATIN_AMERICA_CARIBBEAN.name()));
    assertEquals(0, counts.count(counts.byRegion(), RegionalGroup.ASIA_PACIFIC.name()));
    assertEquals(2, counts.count(counts.byGender(), Gender.FEMALE.name()));
    assertEquals(1, counts.count(counts.byGender(), Gender.MALE.name()));
    assertEquals(2, counts.count(counts.byCountry(), "ZM"));
    assertEquals(1, counts.fundedTravel());
    assertEquals(0, new BigDecimal("66.67").compareTo(counts.femaleShare()));
    assertFalse(counts.toString().contains("Mwansa"), "counts carry no name");

    assertThrows(
        AuthorizationException.class, () -> As.user(eu, () -> participants.participants(activity)));
    assertThrows(
        RecordNotFoundException.class,
        () -> As.user("donor", () -> participants.totals(activity)),
        "Sweden's money did not pay for it");
    List<ParticipantRow> named = As.user("programme", () -> participants.participants(activity));
    assertEquals(3, named.size());
    assertTrue(named.stream().anyMatch(p -> "Sra Quispe".equals(p.fullName())));
    assertTrue(named.stream().filter(ParticipantRow::isTravelFunded).count() == 1);

    ActivityForm material = event("Training kit " + System.nanoTime(), null);
    material.setType(ActivityType.TRAINING_MATERIAL);
    long product = As.user("programme", () -> activities.create(material));
    assertEquals(
        "projects.participant.notEvent",
        refusal(() -> participants.register(product, participant("ZM", Gender.MALE, null, null))));
  }

  @Test
  void aCostRecordedFromAnEarmarkedAllocationLowersTheEarmarkAndShowsAgainstBudget()
      throws Exception {
    long earmark = earmarkWithMoney("100000");
    long project = project(earmark, "50000");
    long outcome =
        As.user(
            "programme", () -> projects.addOutcome(project, "OC1", "Trade in mercury controlled"));
    long output =
        As.user(
            "programme", () -> projects.addOutput(outcome, "OP1.1", "Customs officers trained"));
    long indicator =
        As.user(
            "programme",
            () ->
                projects.addIndicator(
                    output, "Officers trained", "people", BigDecimal.ZERO, new BigDecimal("40")));
    As.user(
        "programme",
        () ->
            projects.recordValue(
                indicator, "2018-H2", LocalDate.of(2018, 12, 15), new BigDecimal("10")));
    As.user(
        "programme",
        () ->
            projects.recordValue(
                indicator, "2019-H1", LocalDate.of(2019, 6, 15), new BigDecimal("30")));

    ActivityForm workshop = event("Customs workshop " + System.nanoTime(), project);
    workshop.setOutputId(output);
    workshop.setBudgetUsd(new BigDecimal("60000"));
    assertEquals("projects.budget.aboveProjectBudget", refusal(() -> activities.create(workshop)));
    workshop.setBudgetUsd(new BigDecimal("20000"));
    long activity = As.user("programme", () -> activities.create(workshop));

    assertThrows(
        AuthorizationException.class,
        () -> As.user("finance", () -> activities.recordCost(activity, cost("1200.00", null))));
    FundBalance before = balance(earmark);
    As.user("programme", () -> activities.recordCost(activity, cost("1200.00", null)));
    FundBalance after = balance(earmark);
    assertEquals(
        0,
        new BigDecimal("20000").compareTo(before.available().subtract(after.available())),
        "the activity's budget is set aside from the project's earmark");
    assertEquals(0, new BigDecimal("1200").compareTo(after.spent().subtract(before.spent())));

    As.user("programme", () -> activities.recordCost(activity, cost("25000.00", null)));
    FundBalance more = balance(earmark);
    assertEquals(
        0,
        new BigDecimal("25000").compareTo(after.available().subtract(more.available())),
        "what the allocation lacks is allocated anew");
    assertEquals(
        "funding.allocation.exceedsBalance",
        refusal(() -> activities.recordCost(activity, cost("90000.00", null))));

    ActivityDetail detail = As.user("programme", () -> activities.detail(activity));
    assertEquals(0, new BigDecimal("26200").compareTo(detail.activity().actualUsd()));
    assertEquals(0, new BigDecimal("45000").compareTo(detail.allocatedUsd()));
    assertEquals(2, detail.costs().size());

    ProjectDetail page = As.user(euViewer(), () -> projects.detail(project));
    SpendingLine byOutput = page.spendingByOutput().get(0);
    assertEquals("OP1.1", byOutput.key());
    assertEquals(0, new BigDecimal("20000").compareTo(byOutput.budget()));
    assertEquals(0, new BigDecimal("26200").compareTo(byOutput.actual()));
    assertTrue(byOutput.overBudget());
    assertEquals(0, new BigDecimal("26200").compareTo(page.spendingTotal().actual()));
    assertEquals(1, page.activities().size());
    IndicatorLine line =
        page.framework().stream()
            .filter(r -> r.code().equals("OP1.1"))
            .findFirst()
            .orElseThrow()
            .indicators()
            .get(0);
    assertEquals(0, new BigDecimal("30").compareTo(line.latestValue()));
    assertEquals(0, new BigDecimal("75.00").compareTo(line.progressPercent()));
    assertEquals(2, line.periods().size());
  }

  @Test
  void pilotMilestonesAreFlaggedOverdueAndHoldBackCompletion() throws Exception {
    long project = project(earmarkWithMoney("10"), "300000");
    PilotForm form = new PilotForm();
    form.setProjectId(project);
    form.setCountryId(countryId("AM"));
    form.setTitle("Mercury inventory pilot " + System.nanoTime());
    form.setBudgetUsd(new BigDecimal("80000"));
    long pilot = As.user("programme", () -> pilots.create(form));
    long late =
        As.user(
            "programme",
            () ->
                pilots.planMilestone(
                    pilot, pilotVersion(pilot), "Inception workshop", LocalDate.of(2019, 1, 31)));
    As.user(
        "programme",
        () ->
            pilots.planMilestone(
                pilot, pilotVersion(pilot), "Final report", LocalDate.now().plusYears(1)));
    assertEquals(
        "projects.milestone.duplicate",
        refusal(
            () ->
                pilots.planMilestone(
                    pilot, pilotVersion(pilot), "Final report", LocalDate.now().plusYears(2))));
    As.user("programme", () -> pilots.start(pilot, pilotVersion(pilot)));

    PilotDetail detail = As.user(euViewer(), () -> pilots.detail(pilot));
    assertThrows(
        RecordNotFoundException.class,
        () -> As.user("donor", () -> pilots.detail(pilot)),
        "an EU project's pilot is not Sweden's");
    assertEquals(1, detail.overdueCount());
    PilotDetail.MilestoneLine overdue = detail.milestones().get(0);
    assertTrue(overdue.overdue());
    assertTrue(overdue.daysOverdue() > 300);
    assertFalse(detail.milestones().get(1).overdue());
    PilotRow row =
        As.user(
                "programme",
                () ->
                    pilots.list(new PageQuery(0, 10, null, true, Map.of("title", form.getTitle()))))
            .get(0);
    assertEquals(1, row.overdueMilestones());
    assertEquals(2, row.openMilestones());

    assertEquals(
        "projects.pilot.milestonesOpen",
        refusal(() -> pilots.complete(pilot, pilotVersion(pilot))));
    assertEquals(
        "projects.milestone.completedInFuture",
        refusal(() -> pilots.completeMilestone(late, LocalDate.now().plusDays(3))));
    As.user("programme", () -> pilots.completeMilestone(late, LocalDate.of(2019, 2, 10)));
    PilotDetail completed = As.user("programme", () -> pilots.detail(pilot));
    assertEquals(0, completed.overdueCount());
    assertTrue(completed.milestones().get(0).completedLate());
    assertEquals(
        "projects.pilot.reasonRequired",
        refusal(() -> pilots.suspend(pilot, pilotVersion(pilot), "")));
    As.user("programme", () -> pilots.suspend(pilot, pilotVersion(pilot), "Change of government"));
    assertEquals(
        PilotProjectStatus.SUSPENDED,
        As.user("programme", () -> pilots.detail(pilot)).pilot().status());
    assertNull(As.user("programme", () -> pilots.detail(pilot)).results());
  }

  // --- set-up: each test makes its own earmark with money, project and activities

  private long earmarkWithMoney(String usd) throws Exception {
    String code = "IT" + Long.toString(System.nanoTime(), 36).toUpperCase();
    tx.begin();
    em.joinTransaction();
    Fund fund =
        em.createQuery("select f from Fund f where f.code = 'EUP'", Fund.class).getSingleResult();
    Earmark earmark = new Earmark(fund, code, "Test " + code, "Test", "Test");
    em.persist(earmark);
    tx.commit();
    ReceiptForm money = new ReceiptForm();
    money.setDonorId(
        em.createQuery(
                "select o.id from Organisation o where o.name = 'European Union'", Long.class)
            .getSingleResult());
    money.setEarmarkId(earmark.getId());
    money.setCurrencyCode("USD");
    money.setAmount(new BigDecimal(usd));
    money.setReceivedOn(LocalDate.of(2018, 6, 1));
    As.user("finance", () -> receipts.post(money));
    return earmark.getId();
  }

  /** A donor viewer of the European Union, whose money pays for what these tests set up. */
  private String euViewer() throws Exception {
    return DonorViewers.create(
        users,
        em,
        tx,
        em.createQuery(
                "select o.id from Organisation o where o.name = 'European Union'", Long.class)
            .getSingleResult());
  }

  private long project(long earmark, String budget) throws Exception {
    ProjectForm form = new ProjectForm();
    form.setCode("P-" + Long.toString(System.nanoTime(), 36));
    form.setTitle("Capacity building on mercury trade");
    form.setDonorId(
        em.createQuery(
                "select o.id from Organisation o where o.name = 'European Union'", Long.class)
            .getSingleResult());
    form.setPeriodStart(LocalDate.of(2018, 1, 1));
    form.setPeriodEnd(LocalDate.of(2019, 12, 31));
    form.setBudgetUsd(new BigDecimal(budget));
    form.setEarmarkId(earmark);
    form.setFocusAreas("Mercury trade; mercury emissions");
    return As.user("programme", () -> projects.create(form));
  }

  private ActivityForm event(String title, Long project) {
    ActivityForm form = new ActivityForm();
    form.setProjectId(project);
    form.setType(ActivityType.REGIONAL_CONSULTATION);
    form.setTitle(title);
    form.setRegion(RegionalGroup.AFRICA);
    return form;
  }

  private void register(long activity, String iso, Gender gender, String name, Long earmark)
      throws Exception {
    As.user(
        "programme",
        () -> participants.register(activity, participant(iso, gender, name, earmark)));
  }

  private ParticipantForm participant(String iso, Gender gender, String name, Long earmark) {
    ParticipantForm form = new ParticipantForm();
    form.setCountryId(countryId(iso));
    form.setGender(gender);
    form.setRole(ParticipantRole.DELEGATE);
    form.setFullName(name);
    form.setOrganisationName("Ministry of Environment");
    form.setTravelEarmarkId(earmark);
    return form;
  }

  private static CostForm cost(String usd, Long earmark) {
    CostForm form = new CostForm();
    form.setAmountUsd(new BigDecimal(usd));
    form.setSpentOn(LocalDate.of(2018, 10, 12));
    form.setDescription("Venue and interpretation");
    form.setEarmarkId(earmark);
    return form;
  }

  private FundBalance balance(long earmark) throws Exception {
    return As.user("finance", () -> balances.byEarmark()).stream()
        .filter(b -> b.earmarkId() == earmark)
        .findFirst()
        .orElseThrow();
  }

  private String refusal(Runnable call) {
    return assertThrows(InvalidInputException.class, () -> As.user("programme", call)).messageKey();
  }

  private String refusal(java.util.concurrent.Callable<?> call) {
    return assertThrows(InvalidInputException.class, () -> As.user("programme", call)).messageKey();
  }

  private ActivityRow row(long id) throws Exception {
    return As.user("programme", () -> activities.detail(id)).activity();
  }

  private long version(long activity) {
    return em.createQuery("select a.version from Activity a where a.id = :id", Long.class)
        .setParameter("id", activity)
        .getSingleResult();
  }

  private long pilotVersion(long pilot) {
    return em.createQuery("select p.version from PilotProject p where p.id = :id", Long.class)
        .setParameter("id", pilot)
        .getSingleResult();
  }

  private long countryId(String iso) {
    return em.createQuery("select c.id from Country c where c.isoCode = :iso", Long.class)
        .setParameter("iso", iso)
        .getSingleResult();
  }
}
