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
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.programme.DecisionForm;
import org.quicksilver.programme.MeetingForm;
import org.quicksilver.programme.MeetingService;
import org.quicksilver.programme.rules.Outcome;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reporting.SteeringCommitteeReportService;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;

/**
 * The steering-committee report on a round the test sets up (two applications, sheets, a declared
 * conflict, a meeting and its decision): the French PDF read back with PDFBox, the XLSX money read
 * with POI, who may have it, and the download from the Reports page.
 */
@ExtendWith(ArquillianExtension.class)
class SteeringCommitteeReportIT {
  @Deployment
  static EnterpriseArchive deployment() throws Exception {
    EnterpriseArchive ear =
        Deployments.withTests(SteeringCommitteeReportIT.class, ProgrammeData.class);
    // PDFBox reads the PDF inside the server, where the test runs.
    WebArchive war = ear.getAsType(WebArchive.class, Deployments.WAR);
    for (Class<?> inJar :
        List.of(
            Loader.class,
            org.apache.pdfbox.io.RandomAccessRead.class,
            org.apache.fontbox.ttf.TrueTypeFont.class)) {
      war.addAsLibraries(
          new File(inJar.getProtectionDomain().getCodeSource().getLocation().toURI()));
    }
    return ear;
  }

  @Inject SteeringCommitteeReportService reports;
  @Inject MeetingService meetings;
  @PersistenceContext EntityManager em;
  @Resource UserTransaction tx;

  /** What the test set up. */
  private record Round(
      long id, long meetingId, String meeting, String first, String second, String conflict) {}

  private Round setUp() throws Exception {
    ProgrammeData data = new ProgrammeData(em, tx);
    String chairCountry = data.seatCountry("chair").orElseThrow();
    String memberCountry = data.seatCountry("member").orElseThrow();
    long round = data.round(null);
    String firstCountry = data.eligibleCountry(List.of(chairCountry, memberCountry));
    String secondCountry = data.eligibleCountry(List.of(chairCountry, memberCountry, firstCountry));
    long first = data.application(round, firstCountry, "Mercury inventory", "120000.00");
    long second = data.application(round, secondCountry, "Dental amalgam", "90000.50");
    data.submittedSheet("chair", first, 5, 5, 4);
    data.submittedSheet("member", first, 4, 5, 4);
    data.submittedSheet("chair", second, 2, 2, 2);
    String conflict = "Conseille le ministère requérant " + System.nanoTime();
    data.conflict("member", second, conflict);

    MeetingForm form = new MeetingForm();
    form.setReference("M-" + Long.toString(System.nanoTime(), 36));
    form.setTitle("Réunion de test");
    form.setPlace("Genève");
    form.setStartsOn(LocalDate.of(2030, 9, 1));
    form.setEndsOn(LocalDate.of(2030, 9, 2));
    form.setQuorum(1);
    long meeting = As.user("programme", () -> meetings.create(form));
    List<Long> present =
        em.createQuery(
                "select m.id from CommitteeMember m where m.username in ('chair', 'member')",
                Long.class)
            .getResultList();
    long version =
        em.createQuery("select m.version from CommitteeMeeting m where m.id = :id", Long.class)
            .setParameter("id", meeting)
            .getSingleResult();
    As.user("programme", () -> meetings.recordAttendance(meeting, version, present));
    As.user("programme", () -> meetings.consider(meeting, first));
    DecisionForm decision = new DecisionForm();
    decision.setOutcome(Outcome.APPROVED);
    decision.setApprovedUsd(new BigDecimal("100000.00"));
    decision.setReasons("Motifs du Conseil " + System.nanoTime());
    As.user("chair", () -> meetings.decide(meeting, first, decision));
    return new Round(
        round,
        meeting,
        form.getReference() + "|" + decision.getReasons(),
        data.reference(first),
        data.reference(second),
        conflict);
  }

  @Test
  void theFrenchPdfShowsTheRankingTheRecusalAndTheDecisionWithItsReasons() throws Exception {
    Round round = setUp();
    String[] meeting = round.meeting().split("\\|");
    ReportFile file =
        As.user(
            "programme",
            () -> reports.render(Language.FRENCH, ReportFormat.PDF, round.id(), round.meetingId()));
    assertEquals("application/pdf", file.contentType());
    assertTrue(file.fileName().endsWith("-" + meeting[0] + "-fr.pdf"), file.fileName());
    String text = pdfText(file.content());
    assertContains(text, "Rapport du comité directeur");
    assertContains(text, "Décisions : celles prises à la réunion " + meeting[0] + ".");
    assertContains(text, "2 membres présents (quorum 1)");
    assertContains(text, "Classement par note pondérée");
    // The ranking's first line: rank 1, then the best-scored application.
    assertContains(text, " 1 " + round.first() + " ");
    assertTrue(
        text.indexOf(" 1 " + round.first()) < text.indexOf(" 2 " + round.second()),
        "the first application ranks above the second");
    assertContains(text, "Récusations");
    assertContains(text, "Conflit d’intérêts déclaré : " + round.conflict());
    assertContains(text, meeting[1]);
    assertContains(text, "Approuvée");
  }

  @Test
  void theSpreadsheetsMoneyRequestedIsTheSumOfTheRoundsApplications() throws Exception {
    Round round = setUp();
    BigDecimal expected =
        em.createQuery(
                "select sum(a.amountRequested) from Application a where a.round.id = :r",
                BigDecimal.class)
            .setParameter("r", round.id())
            .getSingleResult();
    ReportFile file =
        As.user(
            "chair", () -> reports.render(Language.FRENCH, ReportFormat.XLSX, round.id(), null));
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.content()))) {
      Sheet sheet = workbook.getSheetAt(0);
      Cell requested = amountOf(sheet, "Montant demandé par l’ensemble des demandes reçues");
      assertEquals(CellType.NUMERIC, requested.getCellType(), "a number cell");
      assertEquals(0, expected.compareTo(BigDecimal.valueOf(requested.getNumericCellValue())));
      assertEquals(0, new BigDecimal("210000.50").compareTo(expected), "the two set up");
      Cell approved = amountOf(sheet, "Approuvé par les décisions figurant dans ce rapport");
      assertEquals(100000.00, approved.getNumericCellValue(), 0.001);
    }
  }

  @Test
  void aCommitteeMemberIsRefusedTheScoresOfEveryApplication() {
    assertThrows(
        AuthorizationException.class,
        () ->
            As.user(
                "member", () -> reports.render(Language.ENGLISH, ReportFormat.PDF, null, null)));
    assertThrows(
        AuthorizationException.class,
        () ->
            As.user("donor", () -> reports.render(Language.ENGLISH, ReportFormat.PDF, null, null)));
  }

  @Test
  @RunAsClient
  void theChairDownloadsItFromTheReportsPageAndADonorDoesNotSeeIt() throws Exception {
    var chair = new Browserless();
    assertEquals(302, chair.logIn("chair", As.DEMO_PASSWORD).statusCode());
    HttpResponse<String> page = chair.get("/reports/index.xhtml");
    assertEquals(200, page.statusCode());
    assertTrue(page.body().contains("committeeForm:committeeXlsx"), "the download button");
    Map<String, String> form = new HashMap<>();
    form.put("committeeForm", "committeeForm");
    form.put("committeeForm:committeeLanguage_input", "SPANISH");
    form.put("committeeForm:committeeRound_input", "");
    form.put("committeeForm:committeeMeeting_input", "");
    form.put("committeeForm:committeeXlsx", "");
    form.put("jakarta.faces.ViewState", Browserless.viewState(page.body()));
    HttpResponse<byte[]> file = chair.postForBytes("/reports/index.xhtml", form);
    assertEquals(200, file.statusCode());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(file.body()))) {
      assertEquals("Comité directivo", workbook.getSheetName(0));
    }

    var donor = new Browserless();
    assertEquals(302, donor.logIn("donor", As.DEMO_PASSWORD).statusCode());
    assertFalse(
        donor.get("/reports/index.xhtml").body().contains("committeeForm:committeeXlsx"),
        "no download button for a donor viewer");
  }

  private static Cell amountOf(Sheet sheet, String label) {
    for (Row row : sheet) {
      Cell first = row.getCell(0);
      if (first != null
          && first.getCellType() == CellType.STRING
          && label.equals(first.getStringCellValue())) {
        return row.getCell(5);
      }
    }
    throw new AssertionError("no line \"" + label + "\"");
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (var document = Loader.loadPDF(pdf)) {
      // French numbers use no-break spaces; long texts wrap.
      return new PDFTextStripper()
          .getText(document)
          .replace('\u202f', ' ')
          .replace('\u00a0', ' ')
          .replaceAll("\\s+", " ");
    }
  }

  private static void assertContains(String text, String expected) {
    assertTrue(text.contains(expected), () -> "expected \"" + expected + "\" in:\n" + text);
  }
}
