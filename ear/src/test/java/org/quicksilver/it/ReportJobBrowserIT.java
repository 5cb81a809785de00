package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;

/**
 * A person asks for the project progress report in the background: the page shows its progress,
 * then says it is ready and offers the download, which is the PDF; the register lists the job.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportJobBrowserIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aReportGeneratedInTheBackgroundShowsItsProgressThenItsDownload() throws Exception {
    try (var browser = new Browser().logIn("programme", As.DEMO_PASSWORD)) {
      browser.open("/reports/index.xhtml");
      browser.chooseByFilter("progressForm:project", "EU-MC-CB", "EU-MC-CB-2018");
      browser.clickAndWait(By.id("progressForm:progressPdfBackground"));

      // the answer to the submit shows the job: a progress bar while it runs (a small report may
      // already be done by the time the answer is drawn; then the notice below is all there is)
      browser.waitFor(
          By.cssSelector(
              "[id='reportJobForm:reportJobRunning'], [id='reportJobForm:reportJobReady']"));
      var running = browser.driver().findElements(By.id("reportJobForm:reportJobRunning"));
      if (!running.isEmpty()) {
        String state = running.get(0).getText();
        assertTrue(
            state.contains("Waiting for its turn") || state.contains("Generating the report"),
            state);
        assertTrue(
            !browser.driver().findElements(By.id("reportJobForm:reportJobProgress")).isEmpty(),
            "a progress bar while it runs");
      }

      // then, polled, the notice
      browser.waitFor(By.id("reportJobForm:reportJobReady"));
      String notice = browser.text(By.id("reportJobForm:reportJobReady"));
      assertTrue(notice.contains("Your report is ready."), notice);
      assertTrue(notice.contains("Project progress report"), notice);
      assertTrue(browser.driver().findElements(By.id("reportJobForm:reportJobProgress")).isEmpty());

      // the download button posts the page's form: the same view, from a plain HTTP client
      String viewState =
          (String)
              ((JavascriptExecutor) browser.driver())
                  .executeScript(
                      "return document.querySelector(\"#reportJobForm"
                          + " input[name='jakarta.faces.ViewState']\").value;");
      var client =
          new Browserless()
              .adopt(browser.driver().manage().getCookieNamed("JSESSIONID").getValue());
      var download =
          client.postForBytes(
              "/reports/index.xhtml",
              Map.of(
                  "reportJobForm", "reportJobForm",
                  "reportJobForm:reportJobDownload", "",
                  "jakarta.faces.ViewState", viewState));
      assertEquals(200, download.statusCode());
      assertEquals("application/pdf", download.headers().firstValue("Content-Type").orElse(""));
      assertTrue(
          new String(download.body(), 0, 5, StandardCharsets.ISO_8859_1).startsWith("%PDF-"),
          "a PDF");
      assertTrue(
          download
              .headers()
              .firstValue("Content-Disposition")
              .orElse("")
              .contains("project-progress-EU-MC-CB-2018"),
          download.headers().map().toString());

      browser.open("/reports/register.xhtml");
      String jobs = browser.text(By.id("jobsForm:jobs"));
      assertTrue(jobs.contains("Project progress report") && jobs.contains("Ready"), jobs);
    }
  }
}
