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
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.funding.Allocation;
import org.quicksilver.funding.AllocationLedger;
import org.quicksilver.funding.Earmark;
import org.quicksilver.funding.Fund;
import org.quicksilver.funding.Option;
import org.quicksilver.funding.ReceiptForm;
import org.quicksilver.funding.ReceiptService;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.projects.ActivityForm;
import org.quicksilver.projects.ActivityRow;
import org.quicksilver.projects.ActivityService;
import org.quicksilver.projects.CostForm;
import org.quicksilver.projects.ParticipantForm;
import org.quicksilver.projects.ParticipantService;
import org.quicksilver.projects.PilotForm;
import org.quicksilver.projects.PilotProjectService;
import org.quicksilver.projects.PilotRow;
import org.quicksilver.projects.ProjectDetail;
import org.quicksilver.projects.ProjectForm;
import org.quicksilver.projects.ProjectOptions;
import org.quicksilver.projects.ProjectRow;
import org.quicksilver.projects.ProjectService;
import org.quicksilver.projects.rules.ActivityType;
import org.quicksilver.projects.rules.Gender;
import org.quicksilver.projects.rules.ParticipantRole;
import org.quicksilver.reference.OrganisationData;
import org.quicksilver.reference.OrganisationKind;
import org.quicksilver.reference.OrganisationService;
import org.quicksilver.reference.RegionalGroup;
import org.quicksilver.reporting.ProjectProgressReportService;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;
import org.quicksilver.security.UserAdministration;

/**
 * A donor viewer sees, through every service, only the projects, activities and pilot projects its
 * donor's money paid for: lists, counts, the calendar and the project choices are filtered in the
 * database; the page, counts or progress report of anything else is not found, exactly as an id
 * that does not exist. Staff see everything.
 *
 * <p>Set up here with a donor of its own: its money pays for one activity of an EU project, a
 * standalone activity and a pilot of another EU project; it has a project of its own; a third EU
 * project and an unpaid standalone activity are not its.
 */
@ExtendWith(ArquillianExtension.class)
class FundedScopeIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(FundedScopeIT.class, DonorViewers.class);
  }

  @Inject ProjectService projects;
  @Inject ActivityService activities;
  @Inject ParticipantService participants;
  @Inject PilotProjectService pilots;
  @Inject ProjectOptions options;
  @Inject ReceiptService receipts;
  @Inject AllocationLedger ledger;
  @Inject OrganisationService organisations;
  @Inject UserAdministration users;
  @Inject ProjectProgressReportService reports;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  private String tag;
  private String viewer;
  private long ownProject; // the donor's own project
  private long paidInProject; // project EU, one activity paid by the donor
  private long pilotPaidProject; // project EU, one pilot paid by the donor
  private long otherProject; // project EU, nothing of the donor's
  private long paidActivity; // in paidInProject, paid by the donor
  private long euActivity; // in paidInProject, paid by the EU
  private long plannedActivity; // in paidInProject, nothing paid yet
  private long ownProjectActivity; // in ownProject, nothing paid yet
  private long otherActivity; // in otherProject, paid by the EU
  private long paidStandalone; // no project, paid by the donor
  private long unpaidStandalone; // no project, nothing paid
  private long pilotOfPaidProject; // in paidInProject, nothing paid itself
  private long paidPilot; // in pilotPaidProject, paid by the donor
  private long otherPilot; // in otherProject

  @BeforeEach
  void setUpADonorAndWhatItsMoneyPaidFor() throws Exception {
    tag = Long.toString(System.nanoTime(), 36).toUpperCase();
    long donor = donor("Donor " + tag);
    long eu = organisation("European Union");
    viewer = DonorViewers.create(users, em, tx, donor);
    long donorsMoney = earmarkWithMoney(donor, "10000");
    long eusMoney = earmarkWithMoney(eu, "10000");

    paidInProject = project("A", eu, eusMoney);
    pilotPaidProject = project("B", eu, eusMoney);
    otherProject = project("C", eu, eusMoney);
    ownProject = project("D", donor, donorsMoney);

    paidActivity = activity("paid", paidInProject);
    cost(paidActivity, donorsMoney);
    euActivity = activity("eu", paidInProject);
    cost(euActivity, eusMoney);
    plannedActivity = activity("planned", paidInProject);
    ownProjectActivity = activity("own", ownProject);
    otherActivity = activity("other", otherProject);
    cost(otherActivity, eusMoney);
    paidStandalone = activity("standalone paid", null);
    cost(paidStandalone, donorsMoney);
    unpaidStandalone = activity("standalone unpaid", null);

    pilotOfPaidProject = pilot("A", paidInProject);
    paidPilot = pilot("B", pilotPaidProject);
    As.user(
        "finance",
        () ->
            ledger.allocate(
                donorsMoney,
                new Allocation.Target("Pilot " + tag, "PILOT", paidPilot),
                new BigDecimal("2000"),
                LocalDate.of(2018, 6, 15)));
    otherPilot = pilot("C", otherProject);

    register(paidActivity, Gender.FEMALE);
    register(paidActivity, Gender.MALE);
    register(euActivity, Gender.FEMALE);
  }

  @Test
  void aDonorViewersListsHoldOnlyWhatItsMoneyPaidFor() throws Exception {
    Set<Long> mine = Set.of(paidActivity, ownProjectActivity, paidStandalone);
    assertEquals(mine, ids(As.user(viewer, () -> activities.list(activitiesTagged()))));
    assertEquals(3L, As.user(viewer, () -> activities.count(Map.of("title", tag))));
    assertEquals(
        Set.of(paidActivity),
        ids(
            As.user(
                viewer,
                () ->
                    activities.list(
                        new PageQuery(
                            0,
                            50,
                            null,
                            true,
                            Map.of("title", tag, "projectId", String.valueOf(paidInProject)))))));
    Set<Long> inCalendar =
        As.user(
                viewer,
                () -> activities.calendar(LocalDate.of(2018, 5, 1), LocalDate.of(2018, 5, 31)))
            .stream()
            .map(ActivityRow::id)
            .collect(Collectors.toSet());
    assertTrue(inCalendar.containsAll(mine), "the calendar shows its activities: " + inCalendar);
    for (long other : List.of(euActivity, plannedActivity, otherActivity, unpaidStandalone)) {
      assertFalse(inCalendar.contains(other), "another's activity in the calendar: " + other);
    }

    Set<Long> projectsSeen =
        As.user(viewer, () -> projects.list(projectsTagged())).stream()
            .map(ProjectRow::id)
            .collect(Collectors.toSet());
    assertEquals(Set.of(paidInProject, pilotPaidProject, ownProject), projectsSeen);
    assertEquals(3L, As.user(viewer, () -> projects.count(Map.of("code", tag))));
    Set<Long> choices =
        As.user(viewer, options::projects).stream().map(Option::id).collect(Collectors.toSet());
    assertTrue(choices.containsAll(projectsSeen), "the report's project choices: " + choices);
    assertFalse(choices.contains(otherProject), "another donor's project among the choices");

    assertEquals(
        Set.of(pilotOfPaidProject, paidPilot),
        As.user(viewer, () -> pilots.list(pilotsTagged())).stream()
            .map(PilotRow::id)
            .collect(Collectors.toSet()));
    assertEquals(2L, As.user(viewer, () -> pilots.count(Map.of("title", tag))));

    // in a project it paid one activity of, the activities and participants it paid for
    ProjectDetail project = As.user(viewer, () -> projects.detail(paidInProject));
    assertEquals(
        List.of(paidActivity), project.activities().stream().map(ActivityRow::id).toList());
    assertEquals(2, project.participants().total());
    assertEquals(1, project.pilots().size());
    assertEquals(2, As.user(viewer, () -> participants.projectTotals(paidInProject)).total());
    assertEquals(2, As.user(viewer, () -> participants.totals(paidActivity)).total());
    // in its own project, everything
    assertEquals(
        List.of(ownProjectActivity),
        As.user(viewer, () -> projects.detail(ownProject)).activities().stream()
            .map(ActivityRow::id)
            .toList());
    assertEquals(paidPilot, As.user(viewer, () -> pilots.detail(paidPilot)).pilot().id());
    assertEquals(
        paidStandalone, As.user(viewer, () -> activities.detail(paidStandalone)).activity().id());

    byte[] report =
        As.user(
            viewer,
            () ->
                reports
                    .render(
                        paidInProject,
                        LocalDate.of(2018, 1, 1),
                        LocalDate.of(2018, 12, 31),
                        Language.ENGLISH,
                        ReportFormat.XLSX)
                    .content());
    String cells = cells(report);
    assertTrue(cells.contains(title("paid")), cells);
    assertFalse(cells.contains(title("eu")), "another donor's activity in the report: " + cells);
  }

  @Test
  void anythingElseIsNotFoundEvenByItsIdAsIfItDidNotExist() throws Exception {
    long missing = Long.MAX_VALUE;
    for (long activity : List.of(euActivity, plannedActivity, otherActivity, unpaidStandalone)) {
      notFound(() -> activities.detail(activity));
      notFound(() -> participants.totals(activity));
    }
    notFound(() -> activities.detail(missing));
    notFound(() -> participants.totals(missing));
    notFound(() -> projects.detail(otherProject));
    notFound(() -> projects.detail(missing));
    notFound(() -> participants.projectTotals(otherProject));
    notFound(() -> pilots.detail(otherPilot));
    notFound(() -> pilots.detail(missing));
    notFound(
        () ->
            reports.render(
                otherProject,
                LocalDate.of(2018, 1, 1),
                LocalDate.of(2018, 12, 31),
                Language.ENGLISH,
                ReportFormat.PDF));

    // a donor viewer tied to no donor sees nothing at all
    String untied = DonorViewers.create(users, em, tx, null);
    assertEquals(List.of(), As.user(untied, () -> activities.list(activitiesTagged())));
    assertEquals(0L, As.user(untied, () -> projects.count(Map.of("code", tag))));
    assertEquals(List.of(), As.user(untied, () -> pilots.list(pilotsTagged())));
    assertEquals(List.of(), As.user(untied, options::projects));
    assertThrows(
        RecordNotFoundException.class,
        () -> As.user(untied, () -> activities.detail(paidStandalone)));
    assertThrows(
        RecordNotFoundException.class, () -> As.user(untied, () -> projects.detail(ownProject)));
  }

  @Test
  void staffSeeEverything() throws Exception {
    for (String staff : List.of("programme", "finance")) {
      assertEquals(7L, As.user(staff, () -> activities.count(Map.of("title", tag))));
      assertEquals(4L, As.user(staff, () -> projects.count(Map.of("code", tag))));
      assertEquals(3, As.user(staff, () -> pilots.list(pilotsTagged())).size());
      assertEquals(
          3, As.user(staff, () -> projects.detail(paidInProject)).activities().size(), staff);
      assertEquals(3, As.user(staff, () -> participants.projectTotals(paidInProject)).total());
      assertEquals(otherPilot, As.user(staff, () -> pilots.detail(otherPilot)).pilot().id());
      assertEquals(
          unpaidStandalone,
          As.user(staff, () -> activities.detail(unpaidStandalone)).activity().id());
      assertTrue(
          As.user(staff, options::projects).stream().anyMatch(o -> o.id() == otherProject), staff);
    }
  }

  @Test
  void theDemoDonorViewerSeesTheConsultationsSwedenPaidForAndNotTheEuProject() throws Exception {
    List<ActivityRow> consultations =
        As.user(
            "donor",
            () ->
                activities.list(
                    new PageQuery(
                        0, 50, "title", true, Map.of("title", "in preparation for COP-2"))));
    assertEquals(4, consultations.size(), consultations.toString());
    assertTrue(
        As.user("donor", () -> projects.list(new PageQuery(0, 50, null, true, Map.of()))).stream()
            .noneMatch(p -> p.code().equals("EU-MC-CB-2018")),
        "the EU project is the EU's");
    long euProject =
        em.createQuery("select p.id from Project p where p.code = 'EU-MC-CB-2018'", Long.class)
            .getSingleResult();
    notFound("donor", () -> projects.detail(euProject));
  }

  // --- assertions

  private void notFound(Callable<?> call) {
    notFound(viewer, call);
  }

  private static void notFound(String user, Callable<?> call) {
    RecordNotFoundException refused =
        assertThrows(RecordNotFoundException.class, () -> As.user(user, call));
    assertEquals("error.notFound", refused.messageKey());
  }

  private static Set<Long> ids(List<ActivityRow> rows) {
    return rows.stream().map(ActivityRow::id).collect(Collectors.toSet());
  }

  private PageQuery activitiesTagged() {
    return new PageQuery(0, 50, null, true, Map.of("title", tag));
  }

  private PageQuery projectsTagged() {
    return new PageQuery(0, 50, null, true, Map.of("code", tag));
  }

  private PageQuery pilotsTagged() {
    return new PageQuery(0, 50, null, true, Map.of("title", tag));
  }

  private static String cells(byte[] xlsx) throws Exception {
    StringBuilder text = new StringBuilder();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : workbook.getSheetAt(0)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.STRING) {
            text.append(cell.getStringCellValue()).append('\n');
          }
        }
      }
    }
    return text.toString();
  }

  // --- set-up through the services

  private long donor(String name) throws Exception {
    OrganisationData data = new OrganisationData();
    data.setName(name);
    data.setKind(OrganisationKind.GOVERNMENT);
    return As.user("admin", () -> organisations.create(data));
  }

  private long organisation(String name) {
    return em.createQuery("select o.id from Organisation o where o.name = :n", Long.class)
        .setParameter("n", name)
        .getSingleResult();
  }

  private long earmarkWithMoney(long donor, String usd) throws Exception {
    String code = "IT" + Long.toString(System.nanoTime(), 36).toUpperCase();
    tx.begin();
    em.joinTransaction();
    Fund fund =
        em.createQuery("select f from Fund f where f.code = 'EUP'", Fund.class).getSingleResult();
    Earmark earmark = new Earmark(fund, code, "Test " + code, "Test", "Test");
    em.persist(earmark);
    tx.commit();
    ReceiptForm money = new ReceiptForm();
    money.setDonorId(donor);
    money.setEarmarkId(earmark.getId());
    money.setCurrencyCode("USD");
    money.setAmount(new BigDecimal(usd));
    money.setReceivedOn(LocalDate.of(2018, 3, 1));
    As.user("finance", () -> receipts.post(money));
    return earmark.getId();
  }

  private long project(String letter, long donor, long earmark) throws Exception {
    ProjectForm form = new ProjectForm();
    form.setCode("FS-" + tag + "-" + letter);
    form.setTitle("Scope test project " + letter);
    form.setDonorId(donor);
    form.setPeriodStart(LocalDate.of(2018, 1, 1));
    form.setPeriodEnd(LocalDate.of(2019, 12, 31));
    form.setBudgetUsd(new BigDecimal("100000"));
    form.setEarmarkId(earmark);
    return As.user("programme", () -> projects.create(form));
  }

  private String title(String what) {
    return "Workshop " + what + " " + tag;
  }

  private long activity(String what, Long project) throws Exception {
    ActivityForm form = new ActivityForm();
    form.setProjectId(project);
    form.setType(ActivityType.REGIONAL_CONSULTATION);
    form.setTitle(title(what));
    form.setRegion(RegionalGroup.AFRICA);
    form.setStartOn(LocalDate.of(2018, 5, 10));
    form.setEndOn(LocalDate.of(2018, 5, 11));
    form.setBudgetUsd(new BigDecimal("1000"));
    return As.user("programme", () -> activities.create(form));
  }

  private void cost(long activity, long earmark) throws Exception {
    CostForm form = new CostForm();
    form.setAmountUsd(new BigDecimal("500"));
    form.setSpentOn(LocalDate.of(2018, 5, 11));
    form.setDescription("Venue");
    form.setEarmarkId(earmark);
    As.user("programme", () -> activities.recordCost(activity, form));
  }

  private long pilot(String letter, long project) throws Exception {
    PilotForm form = new PilotForm();
    form.setProjectId(project);
    form.setCountryId(countryId("SN"));
    form.setTitle("Pilot " + letter + " " + tag);
    form.setBudgetUsd(new BigDecimal("10000"));
    return As.user("programme", () -> pilots.create(form));
  }

  private void register(long activity, Gender gender) throws Exception {
    ParticipantForm form = new ParticipantForm();
    form.setCountryId(countryId("ZM"));
    form.setGender(gender);
    form.setRole(ParticipantRole.DELEGATE);
    form.setOrganisationName("Ministry of Environment");
    As.user("programme", () -> participants.register(activity, form));
  }

  private long countryId(String iso) {
    return em.createQuery("select c.id from Country c where c.isoCode = :iso", Long.class)
        .setParameter("iso", iso)
        .getSingleResult();
  }
}
