package org.quicksilver.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicksilver.reports.ReportFormat;
import org.quicksilver.security.Language;

class ReportJobTest {
  private static final Instant AT = Instant.parse("2019-01-15T09:00:00Z");

  private static BackgroundReport request() {
    return new BackgroundReport(
        "project-progress",
        Map.of("project", "12", "from", "2018-07-01", "note", "a=b; c&d é"),
        Language.FRENCH,
        ReportFormat.XLSX);
  }

  @Test
  void aRequestSurvivesItsStorageUnchanged() {
    var job = new ReportJob(request(), "programme", AT);
    BackgroundReport again = job.request();
    assertEquals(request(), again);
    assertEquals(12L, again.longParameter("project"));
    assertEquals(LocalDate.of(2018, 7, 1), again.dateParameter("from"));
    assertNull(again.dateParameterOrNull("to"));
    assertThrows(IllegalArgumentException.class, () -> again.parameter("to"));
  }

  @Test
  void aKindIsAPlainName() {
    assertThrows(
        IllegalArgumentException.class,
        () -> new BackgroundReport("../x", Map.of(), Language.ENGLISH, ReportFormat.PDF));
  }

  @Test
  void progressGrowsOnlyWhileRunningAndReachesAHundredOnlyWhenKept() {
    var job = new ReportJob(request(), "programme", AT);
    job.progress(50);
    assertEquals(0, job.view().progressPercent(), "a queued job has not begun");
    job.start(AT);
    assertEquals(ReportJobStatus.RUNNING, job.getStatus());
    job.progress(40);
    job.progress(30);
    assertEquals(40, job.view().progressPercent());
    job.progress(100);
    assertEquals(99, job.view().progressPercent());
    job.done(5, AT);
    assertEquals(100, job.view().progressPercent());
    assertEquals(5L, job.view().generatedReportId());
    assertThrows(IllegalStateException.class, () -> job.fail("x", new Object[0], AT));
  }

  @Test
  void aFailureKeepsItsKeyAndArguments() {
    var job = new ReportJob(request(), "programme", AT);
    job.fail("error.notFound", new Object[] {999L, "two\nlines"}, AT);
    var view = job.view();
    assertEquals(ReportJobStatus.FAILED, view.status());
    assertEquals("error.notFound", view.failureKey());
    assertEquals(List.of("999", "two lines"), view.failureArguments());
    assertThrows(IllegalStateException.class, () -> job.done(1, AT));
  }
}
