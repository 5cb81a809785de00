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
import java.io.File;
import java.math.BigDecimal;
import java.net.CookieManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.fontbox.FontBoxFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessRead;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.funding.Earmark;
import org.quicksilver.funding.Fund;
import org.quicksilver.funding.ReceiptForm;
import org.quicksilver.funding.ReceiptService;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.projects.ActivityForm;
import org.quicksilver.projects.ActivityService;
import org.quicksilver.projects.CostForm;
import org.quicksilver.projects.ParticipantForm;
import org.quicksilver.projects.ParticipantService;
import org.quicksilver.projects.PilotForm;
import org.quicksilver.projects.PilotProjectService;
import org.quicksilver.projects.ProjectForm;
import org.quicksilver.projects.ProjectService;
import org.quicksilver.projects.rules.ActivityType;
import org.quicksilver.projects.rules.Gender;
import org.quicksilver.projects.rules.ParticipantRole;
import org.quicksilver.reference.RegionalGroup;
import org.quicksilver.reporting.ProjectProgressReportService;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;
import org.quicksilver.security.UserAdministration;

/**
 * The project progress report of a project set up here, downloaded from the Reports page as a user
 * would: the second half of 2018, with an indicator measured before, during and after it, an
 * activity held with four participants, a pilot with a late, an overdue and an open milestone, and
 * costs inside and after the period.
 *
 * <p>The test runs in the server (to set up its data through the services) and downloads over HTTP
 * from that same server; PDFBox travels in the test WAR for reading the PDF back.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectProgressReportIT {
  private static final LocalDate FROM = LocalDate.of(2018, 7, 1);
  private static final LocalDate TO = LocalDate.of(2018, 12, 31);
  private static final String[] NAMES = {"Mwansa", "Banda", "Quispe", "Phiri"};

  @Deployment
  static EnterpriseArchive deployment() throws URISyntaxException {
    EnterpriseArchive ear =
        Deployments.withTests(ProjectProgressReportIT.class, Browserless.class, DonorViewers.class);
    ear.getAsType(WebArchive.class, Deployments.WAR)
        .addAsLibraries(
            jarOf(Loader.class), jarOf(RandomAccessRead.class), jarOf(FontBoxFont.class));
    return ear;
  }

  private static File jarOf(Class<?> type) throws URISyntaxException {
    return new File(type.getProtectionDomain().getCodeSource().getLocation().toURI());
  }

  @Inject ProjectService projects;
  @Inject ActivityService activities;
  @Inject ParticipantService participants;
  @Inject PilotProjectService pilots;
  @Inject ReceiptService receipts;
  @Inject ProjectProgressReportService reports;
  @Inject UserAdministration users;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  private long project;
  private String code;
  private String activityTitle;

  @BeforeEach
  void setUpAProjectWithAHalfYearOfWork() throws Exception {
    long earmark = earmarkWithMoney("100000");
    code = "PPR-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    project = project(earmark, code);
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
    value(indicator, "2018-H1", LocalDate.of(2018, 5, 15), "5");
    value(indicator, "2018-H2", LocalDate.of(2018, 11, 15), "30");
    value(indicator, "2019-H1", LocalDate.of(2019, 3, 1), "38");

    activityTitle = "Consultation Lusaka " + code;
    ActivityForm form = new ActivityForm();
    form.setProjectId(project);
    form.setType(ActivityType.REGIONAL_CONSULTATION);
    form.setTitle(activityTitle);
    form.setRegion(RegionalGroup.AFRICA);
    form.setStartOn(LocalDate.of(2018, 10, 9));
    form.setEndOn(LocalDate.of(2018, 10, 10));
    form.setVenueCity("Lusaka");
    form.setVenueCountryId(countryId("ZM"));
    form.setOutputId(output);
    form.setBudgetUsd(new BigDecimal("20000"));
    long activity = As.user("programme", () -> activities.create(form));
    register(activity, "ZM", Gender.FEMALE, "Ms Mwansa");
    register(activity, "ZM", Gender.MALE, "Mr Banda");
    register(activity, "PE", Gender.FEMALE, "Sra Quispe");
    register(activity, "MW", Gender.UNDISCLOSED, "Dr Phiri");
    As.user("programme", () -> activities.confirm(activity, version(activity)));
    As.user("programme", () -> activities.markHeld(activity, version(activity)));
    As.user("programme", () -> activities.recordCost(activity, cost("1200.00", 2018, 10, 12)));
    As.user("programme", () -> activities.recordCost(activity, cost("300.00", 2019, 2, 1)));

    PilotForm pilot = new PilotForm();
    pilot.setProjectId(project);
    pilot.setCountryId(countryId("AM"));
    pilot.setTitle("Mercury inventory pilot " + code);
    pilot.setBudgetUsd(new BigDecimal("30000"));
    long pilotId = As.user("programme", () -> pilots.create(pilot));
    long inception = milestone(pilotId, "Inception workshop", LocalDate.of(2018, 9, 30));
    milestone(pilotId, "Draft inventory", LocalDate.of(2018, 11, 30));
    milestone(pilotId, "Final report", LocalDate.of(2019, 6, 30));
    As.user("programme", () -> pilots.start(pilotId, pilotVersion(pilotId)));
    As.user("programme", () -> pilots.completeMilestone(inception, LocalDate.of(2018, 10, 10)));
  }

  @Test
  void theSpanishPdfReportsThePeriodInCountsWithoutNames() throws Exception {
    byte[] pdf = download("programme", "progressPdf", "SPANISH", "application/pdf");
    String text;
    try (var document = Loader.loadPDF(pdf)) {
      text =
          new PDFTextStripper()
              .getText(document)
              .replace('\u202f', ' ')
              .replace('\u00a0', ' ')
              .replaceAll("\\s+", " ");
    }
    assertContains(text, "Informe de progreso del proyecto");
    assertContains(text, code + " · Capacity building on mercury trade");
    assertContains(text, "Período: del 1 de julio de 2018 al 31 de diciembre de 2018");
    // the value measured in the period, not the one before or after it
    assertContains(text, "Officers trained people 0 40 30 15 nov 2018 75,0 No");
    assertContains(
        text, activityTitle + " Consulta regional 9 oct 2018 10 oct 2018 Lusaka, Zambia 4 2 1 1");
    assertContains(text, "África 3 1 1 1");
    assertContains(text, "América Latina y el Caribe 1 1 0 0");
    assertContains(text, "Todas las regiones 4 2 1 1");
    assertContains(text, "Inception workshop 30 sept 2018 10 oct 2018 Cumplido con retraso");
    assertContains(text, "Draft inventory 30 nov 2018 Atrasado 31");
    assertContains(text, "Final report 30 jun 2019 Pendiente");
    // the expense of February 2019 is after the period
    assertContains(text, "20.000,00 1.200,00 1.200,00 18.800,00 6,0");
    for (String name : NAMES) {
      assertFalse(text.contains(name), "a participant's name in the report: " + name);
    }
  }

  @Test
  void theSpreadsheetCarriesTheCostAndParticipantsAsNumbersThatAddUp() throws Exception {
    byte[] xlsx =
        download(
            "programme",
            "progressXlsx",
            "ENGLISH",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = workbook.getSheetAt(0);
      Row held = rowLabelled(sheet, activityTitle, 0);
      assertEquals(4, number(held, 5), "participants");
      assertEquals(number(held, 5), number(held, 6) + number(held, 7) + number(held, 8));
      assertEquals(2, number(held, 6), "women");
      assertEquals(1, number(held, 7), "men");

      Row regions = rowLabelled(sheet, "All regions", 0);
      assertEquals(4, number(regions, 5));
      assertEquals(
          number(regions, 5), number(regions, 6) + number(regions, 7) + number(regions, 8));
      Row africa = rowLabelled(sheet, "Africa", 0);
      assertEquals(3, number(africa, 5));

      Row cost = rowLabelled(sheet, activityTitle, 1);
      assertEquals(20_000.00, number(cost, 4), 0.001, "budget");
      assertEquals(1_200.00, number(cost, 5), 0.001, "spent in the period");
      assertEquals(1_200.00, number(cost, 6), 0.001, "actual: the expense recorded in the period");
      assertEquals(18_800.00, number(cost, 7), 0.001, "variance");
      Row output = rowLabelled(sheet, "OP1.1 · Customs officers trained", 1);
      assertEquals(1_200.00, number(output, 6), 0.001, "the output's actual cost");
    }
  }

  @Test
  void theProjectsDonorViewerGetsTheCountsAndOthersNothing() throws Exception {
    // the project is the EU's: the EU's donor viewer may have its report
    String eu = DonorViewers.create(users, em, tx, europeanUnion());
    byte[] pdf = download(eu, "progressPdf", "ENGLISH", "application/pdf");
    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
      assertContains(text, "Project progress report");
      assertContains(text, "All regions 4 2 1 1");
      for (String name : NAMES) {
        assertFalse(text.contains(name), "a participant's name in the donor's report: " + name);
      }
    }
    // Sweden's donor viewer: its money paid for nothing of this project, which it cannot find
    RecordNotFoundException notSwedens =
        assertThrows(
            RecordNotFoundException.class,
            () ->
                As.user(
                    "donor",
                    () -> reports.render(project, FROM, TO, Language.ENGLISH, ReportFormat.PDF)));
    assertEquals("error.notFound", notSwedens.messageKey());
    HttpResponse<byte[]> crafted = submit("donor", "progressPdf", "ENGLISH");
    assertEquals(200, crafted.statusCode());
    assertEquals(
        "text/html",
        crafted.headers().firstValue("Content-Type").orElse("").split(";")[0],
        "a crafted request for another donor's project downloads nothing");
    assertFalse(
        new String(crafted.body(), StandardCharsets.UTF_8).contains(code),
        "the project is not offered to Sweden's donor viewer");
    assertThrows(
        AuthorizationException.class,
        () ->
            As.user(
                "member",
                () -> reports.render(project, FROM, TO, Language.ENGLISH, ReportFormat.PDF)));
    InvalidInputException backwards =
        assertThrows(
            InvalidInputException.class,
            () ->
                As.user(
                    "programme",
                    () -> reports.render(project, TO, FROM, Language.ENGLISH, ReportFormat.PDF)));
    assertEquals("reports.projectProgress.periodInvalid", backwards.messageKey());
  }

  // --- downloading from the Reports page, over HTTP, from inside the server

  private byte[] download(String user, String button, String language, String type)
      throws Exception {
    HttpResponse<byte[]> file = submit(user, button, language);
    assertEquals(200, file.statusCode());
    assertEquals(type, file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    return file.body();
  }

  /** Posts the Reports page's form for this test's project, whether or not it is offered. */
  private HttpResponse<byte[]> submit(String user, String button, String language)
      throws Exception {
    var client = new PageClient();
    assertEquals(302, client.logIn(user).statusCode(), "log-in of " + user);
    HttpResponse<String> page = client.get("/reports/index.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("progressForm:" + button), "no " + button + " for " + user);
    Map<String, String> form = new HashMap<>();
    form.put("progressForm", "progressForm");
    form.put("progressForm:project_input", String.valueOf(project));
    form.put("progressForm:from_input", FROM.toString());
    form.put("progressForm:to_input", TO.toString());
    form.put("progressForm:progressLanguage_input", language);
    form.put("progressForm:" + button, "");
    form.put("jakarta.faces.ViewState", Browserless.viewState(page.body()));
    // PrimeFaces' script posts the page's CSP nonce with every form; a re-rendered page checks it
    var nonce = java.util.regex.Pattern.compile("nonce=\"([^\"]+)\"").matcher(page.body());
    if (nonce.find()) {
      form.put("primefaces.nonce", nonce.group(1));
    }
    return client.post("/reports/index.xhtml", form);
  }

  /**
   * A cookie-keeping HTTP client for this server. Inside it, the HTTP port is WildFly's default
   * moved by the port offset the test server was started with.
   */
  private static final class PageClient {
    private final URI base =
        URI.create(
            "http://localhost:"
                + (8080 + Integer.getInteger("jboss.socket.binding.port-offset", 0))
                + "/");
    private final HttpClient client =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    HttpResponse<String> logIn(String user) throws Exception {
      get("/login.xhtml");
      return client.send(
          form("/login.xhtml", Map.of("username", user, "password", As.DEMO_PASSWORD)),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> get(String path) throws Exception {
      return client.send(
          HttpRequest.newBuilder(base.resolve(path.substring(1)))
              .timeout(Duration.ofSeconds(30))
              .GET()
              .build(),
          HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<byte[]> post(String path, Map<String, String> fields) throws Exception {
      return client.send(form(path, fields), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpRequest form(String path, Map<String, String> fields) {
      String body =
          fields.entrySet().stream()
              .map(
                  e ->
                      URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                          + "="
                          + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
              .collect(Collectors.joining("&"));
      return HttpRequest.newBuilder(base.resolve(path.substring(1)))
          .timeout(Duration.ofSeconds(60))
          .header("Content-Type", "application/x-www-form-urlencoded")
          .POST(HttpRequest.BodyPublishers.ofString(body))
          .build();
    }
  }

  // --- reading the spreadsheet

  /** The {@code skip}-th row (from 0) whose first cell is {@code label}. */
  private static Row rowLabelled(Sheet sheet, String label, int skip) {
    int seen = 0;
    for (Row row : sheet) {
      Cell cell = row.getCell(0);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && label.equals(cell.getStringCellValue())
          && seen++ == skip) {
        return row;
      }
    }
    throw new AssertionError("no row " + skip + " labelled \"" + label + "\"");
  }

  private static double number(Row row, int column) {
    Cell cell = row.getCell(column);
    assertEquals(
        CellType.NUMERIC,
        cell == null ? CellType.BLANK : cell.getCellType(),
        "row " + row.getRowNum() + ", column " + column);
    return cell.getNumericCellValue();
  }

  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in:\n" + text);
  }

  // --- set-up through the services, as ProjectServicesIT does

  private long earmarkWithMoney(String usd) throws Exception {
    String earmarkCode = "IT" + Long.toString(System.nanoTime(), 36).toUpperCase();
    tx.begin();
    em.joinTransaction();
    Fund fund =
        em.createQuery("select f from Fund f where f.code = 'EUP'", Fund.class).getSingleResult();
    Earmark earmark = new Earmark(fund, earmarkCode, "Test " + earmarkCode, "Test", "Test");
    em.persist(earmark);
    tx.commit();
    ReceiptForm money = new ReceiptForm();
    money.setDonorId(europeanUnion());
    money.setEarmarkId(earmark.getId());
    money.setCurrencyCode("USD");
    money.setAmount(new BigDecimal(usd));
    money.setReceivedOn(LocalDate.of(2018, 6, 1));
    As.user("finance", () -> receipts.post(money));
    return earmark.getId();
  }

  private long project(long earmark, String projectCode) throws Exception {
    ProjectForm form = new ProjectForm();
    form.setCode(projectCode);
    form.setTitle("Capacity building on mercury trade");
    form.setDonorId(europeanUnion());
    form.setPeriodStart(LocalDate.of(2018, 1, 1));
    form.setPeriodEnd(LocalDate.of(2019, 12, 31));
    form.setBudgetUsd(new BigDecimal("90000"));
    form.setEarmarkId(earmark);
    return As.user("programme", () -> projects.create(form));
  }

  private void value(long indicator, String period, LocalDate on, String amount) throws Exception {
    As.user("programme", () -> projects.recordValue(indicator, period, on, new BigDecimal(amount)));
  }

  private void register(long activity, String iso, Gender gender, String name) throws Exception {
    ParticipantForm form = new ParticipantForm();
    form.setCountryId(countryId(iso));
    form.setGender(gender);
    form.setRole(ParticipantRole.DELEGATE);
    form.setFullName(name);
    form.setOrganisationName("Ministry of Environment");
    As.user("programme", () -> participants.register(activity, form));
  }

  private static CostForm cost(String usd, int year, int month, int day) {
    CostForm form = new CostForm();
    form.setAmountUsd(new BigDecimal(usd));
    form.setSpentOn(LocalDate.of(year, month, day));
    form.setDescription("Venue and interpretation");
    return form;
  }

  private long milestone(long pilot, String title, LocalDate due) throws Exception {
    return As.user("programme", () -> pilots.planMilestone(pilot, pilotVersion(pilot), title, due));
  }

  private long europeanUnion() {
    return em.createQuery(
            "select o.id from Organisation o where o.name = 'European Union'", Long.class)
        .getSingleResult();
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
