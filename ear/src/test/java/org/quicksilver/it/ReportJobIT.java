package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.reporting.BackgroundReport;
import org.quicksilver.reporting.ProjectProgressReportService;
import org.quicksilver.reporting.ReportFile;
import org.quicksilver.reporting.ReportJobService;
import org.quicksilver.reporting.ReportJobStatus;
import org.quicksilver.reporting.ReportJobView;
import org.quicksilver.reporting.ReportRegisterService;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;

/**
 * A project progress report generated in the background: it runs as the user who asked, its
 * progress only grows until it is kept in the register, only that user (or an administrator) can
 * follow it, and a report that cannot be made ends FAILED with a message key, not a stack trace.
 */
@ExtendWith(ArquillianExtension.class)
class ReportJobIT {
  private static final Duration DEADLINE = Duration.ofSeconds(90);
  private static final LocalDate FROM = LocalDate.of(2018, 1, 1);
  private static final LocalDate TO = LocalDate.of(2018, 12, 31);

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ReportJobIT.class);
  }

  @Inject ProjectProgressReportService reports;
  @Inject ReportJobService jobs;
  @Inject ReportRegisterService register;
  @PersistenceContext EntityManager em;

  private long projectId;

  @BeforeEach
  void aDemoProject() {
    projectId =
        em.createQuery("select p.id from Project p order by p.id", Long.class)
            .setMaxResults(1)
            .getSingleResult();
  }

  @Test
  void aReportMadeInTheBackgroundIsKeptInTheRegisterAsTheUserWhoAskedForIt() throws Exception {
    long jobId =
        As.user(
            "programme",
            () -> reports.submit(projectId, FROM, TO, Language.FRENCH, ReportFormat.PDF));

    ReportJobView done = awaitFinished("programme", jobId);

    assertEquals(ReportJobStatus.DONE, done.status(), String.valueOf(done));
    assertEquals(100, done.progressPercent());
    assertEquals("programme", done.requestedBy());
    assertEquals("project-progress", done.kind());
    assertEquals("fr", done.language());
    assertNotNull(done.finishedAt());
    assertNotNull(done.generatedReportId());
    ReportFile file = As.user("programme", () -> register.download(done.generatedReportId()));
    assertTrue(file.fileName().endsWith("-fr.pdf"), file.fileName());
    Object[] kept =
        em.createQuery(
                "select r.sha256, r.generatedBy, r.kind from GeneratedReport r where r.id = :id",
                Object[].class)
            .setParameter("id", done.generatedReportId())
            .getSingleResult();
    assertEquals(
        HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file.content())),
        kept[0]);
    assertEquals("programme", kept[1], "generated as the user who asked");
    assertEquals("project-progress", kept[2]);
    assertTrue(
        As.user("programme", () -> jobs.mine(10)).stream().anyMatch(j -> j.id() == jobId),
        "listed among the user's jobs");
  }

  @Test
  void onlyTheRequesterAndAnAdministratorMayFollowAJob() throws Exception {
    long jobId =
        As.user(
            "programme",
            () -> reports.submit(projectId, FROM, TO, Language.ENGLISH, ReportFormat.XLSX));
    assertThrows(RecordNotFoundException.class, () -> As.user("finance", () -> jobs.status(jobId)));
    assertThrows(RecordNotFoundException.class, () -> As.user("donor", () -> jobs.status(jobId)));
    assertTrue(
        As.user("finance", () -> jobs.mine(100)).stream().noneMatch(j -> j.id() == jobId),
        "not among another user's jobs");
    assertEquals(jobId, (long) As.user("admin", () -> jobs.status(jobId)).id());
    assertEquals(ReportJobStatus.DONE, awaitFinished("programme", jobId).status());
    assertThrows(
        RecordNotFoundException.class, () -> As.user("finance", () -> jobs.status(Long.MAX_VALUE)));
  }

  @Test
  void aReportThatCannotBeMadeFailsWithAMessageKey() throws Exception {
    long missing = -System.nanoTime();
    long jobId =
        As.user(
            "programme",
            () -> reports.submit(missing, FROM, TO, Language.SPANISH, ReportFormat.PDF));

    ReportJobView failed = awaitFinished("programme", jobId);

    assertEquals(ReportJobStatus.FAILED, failed.status());
    assertEquals("error.notFound", failed.failureKey());
    assertEquals(List.of(Long.toString(missing)), failed.failureArguments());
    assertEquals(null, failed.generatedReportId());
  }

  @Test
  void thePermissionIsCheckedAgainWhenTheJobRuns() throws Exception {
    // a committee member may not have project reports: refused at once by the report service…
    assertThrows(
        AuthorizationException.class,
        () ->
            As.user(
                "member",
                () -> reports.submit(projectId, FROM, TO, Language.ENGLISH, ReportFormat.PDF)));
    // …and a job that reached the queue anyway is refused when it runs, as that user
    var crafted =
        new BackgroundReport(
            ProjectProgressReportService.KIND,
            Map.of("project", Long.toString(projectId), "from", "2018-01-01", "to", "2018-12-31"),
            Language.ENGLISH,
            ReportFormat.PDF);
    long jobId = As.user("member", () -> jobs.submit(crafted));
    ReportJobView refused = awaitFinished("member", jobId);
    assertEquals(ReportJobStatus.FAILED, refused.status());
    assertEquals("reports.job.refused", refused.failureKey());
  }

  /**
   * Asks for the job's state until it has finished, at most {@link #DEADLINE}; checks on the way
   * that its state never goes back and its progress never shrinks.
   */
  private ReportJobView awaitFinished(String user, long jobId) throws Exception {
    Instant deadline = Instant.now().plus(DEADLINE);
    ReportJobView seen = null;
    while (Instant.now().isBefore(deadline)) {
      ReportJobView now = As.user(user, () -> jobs.status(jobId));
      if (seen != null) {
        assertTrue(now.status().compareTo(seen.status()) >= 0, seen + " then " + now);
        assertTrue(now.progressPercent() >= seen.progressPercent(), seen + " then " + now);
      }
      seen = now;
      if (now.finished()) {
        return now;
      }
      Thread.sleep(50); // a short pause between two looks at the state, not a synchronisation
    }
    throw new AssertionError("Job " + jobId + " not finished within " + DEADLINE + ": " + seen);
  }
}
