package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.reporting.PartiesEligibilityReportService;
import org.quicksilver.reporting.RegisteredReport;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reporting.ReportRegisterService;
import org.quicksilver.reporting.StatusOfContributionsReportService;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;

/**
 * Every generated report is kept with its SHA-256 and downloads again byte for byte; each user sees
 * again only the reports they may generate, a donor viewer only its own donor's.
 */
@ExtendWith(ArquillianExtension.class)
class ReportRegisterIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ReportRegisterIT.class);
  }

  @Inject ReportRegisterService register;
  @Inject PartiesEligibilityReportService eligibility;
  @Inject StatusOfContributionsReportService contributions;

  @Test
  void aGeneratedReportIsKeptAndDownloadsAgainByteForByte() throws Exception {
    long before = As.user("programme", () -> register.count());
    ReportFile made =
        As.user("programme", () -> eligibility.render(Language.FRENCH, ReportFormat.PDF));
    assertEquals(before + 1, As.user("programme", () -> register.count()));
    RegisteredReport kept =
        As.user("programme", () -> register.list(PageQuery.firstPage(1))).get(0);
    assertEquals("parties-eligibility", kept.kind());
    assertEquals("fr", kept.language());
    assertEquals("programme", kept.generatedBy());
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(made.content())),
        kept.sha256());
    ReportFile again = As.user("admin", () -> register.download(kept.id()));
    assertArrayEquals(made.content(), again.content());
    assertEquals(made.fileName(), again.fileName());
  }

  @Test
  void aDonorViewerSeesItsOwnReportsAndNoOneElses() throws Exception {
    As.user(
        "finance",
        () ->
            contributions.render(Language.ENGLISH, ReportFormat.XLSX, LocalDate.of(2018, 12, 31)));
    As.user(
        "donor",
        () -> contributions.render(Language.ENGLISH, ReportFormat.PDF, LocalDate.of(2019, 6, 30)));
    List<RegisteredReport> seenByDonor =
        As.user("donor", () -> register.list(PageQuery.firstPage(200)));
    assertTrue(!seenByDonor.isEmpty());
    assertTrue(
        seenByDonor.stream().allMatch(r -> r.parameters().contains("donor=")),
        "only reports made for its donor: " + seenByDonor);
    RegisteredReport staffReport =
        As.user("finance", () -> register.list(PageQuery.firstPage(200))).stream()
            .filter(r -> r.parameters().equals("asOf=2018-12-31"))
            .findFirst()
            .orElseThrow();
    assertThrows(
        AuthorizationException.class,
        () -> As.user("donor", () -> register.download(staffReport.id())));
    assertTrue(
        As.user("member", () -> register.list(PageQuery.firstPage(200))).stream()
            .noneMatch(r -> r.kind().equals("status-of-contributions")),
        "a committee member does not see contribution reports");
  }
}
