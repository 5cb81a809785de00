package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/** A finance officer imports a bank statement in a real browser: preview, import, and again. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportBrowserIT {
  private static final String HEADER = "date;donor;fund;earmark;amount;currency;bank_reference\n";

  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aStatementImportedTwiceAddsItsReceiptsTheFirstTimeOnly() throws IOException {
    String reference = "BR-IMP-" + System.nanoTime();
    Path statement =
        csv(
            HEADER
                + ("2018-06-12;Government of Sweden;GTF;UNEARMARKED;2500.00;USD;" + reference)
                + "-1\n"
                + ("2018-06-13;EU;EUP;EU_PROJECT;10000;EUR;" + reference)
                + "-2\n");
    try (var browser = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      browser.open("/funding/import.xhtml");
      upload(browser, "receiptsForm", statement);
      browser.clickAndWait(By.id("receiptsForm:preview"));
      browser.waitForText(By.id("previewForm:rows"), reference + "-2");
      assertEquals(
          "New rows: 2 · already imported: 0 · with errors: 0",
          browser.text(By.id("previewForm:summary")));
      assertEquals(2, occurrences(browser.text(By.id("previewForm:rows")), "New"));
      browser.screenshot("import-preview");

      browser.clickAndWait(By.id("previewForm:import"));
      browser.waitForText(By.id("messages"), "2 added, 0 already there.");

      upload(browser, "receiptsForm", statement);
      browser.clickAndWait(By.id("receiptsForm:preview"));
      browser.waitForText(By.id("previewForm:summary"), "already imported: 2");
      String again = browser.text(By.id("previewForm:rows"));
      assertEquals(2, occurrences(again, "Already imported"), again);
      assertFalse(again.contains("New"), again);
      browser.clickAndWait(By.id("previewForm:import"));
      browser.waitForText(By.id("messages"), "0 added, 2 already there.");
      browser.screenshot("import-again");
    } finally {
      Files.delete(statement);
    }
  }

  @Test
  void aWrongRowIsShownWithItsColumnAndNothingCanBeImported() throws IOException {
    String reference = "BR-IMP-" + System.nanoTime();
    Path statement =
        csv(
            HEADER
                + ("2018-07-03;Government of Japan;GTF;UNEARMARKED;1000000;JPY;" + reference)
                + "-1\n"
                + ("2018-07-04;Government of Japan;GTF;UNEARMARKED;1000.5;JPY;" + reference)
                + "-2\n");
    try (var browser = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      browser.open("/funding/import.xhtml");
      upload(browser, "receiptsForm", statement);
      browser.clickAndWait(By.id("receiptsForm:preview"));
      browser.waitForText(By.id("previewForm:rows"), "1000.5 is finer than JPY allows");
      String rows = browser.text(By.id("previewForm:rows"));
      assertTrue(rows.contains("amount: 1000.5 is finer than JPY allows"), rows);
      assertTrue(browser.pageText().contains("Nothing can be imported while a row has an error"));
      assertFalse(browser.driver().findElement(By.id("previewForm:import")).isEnabled());
      browser.screenshot("import-error");
    } finally {
      Files.delete(statement);
    }
  }

  @Test
  void aFileOverTheLimitIsStoppedWithAMessageEvenBeyondWhatTheServerAccepts() throws IOException {
    // 12 MB: over the server's 10 MB limit on a request, which would drop it without a word
    Path large = csv(HEADER + "x".repeat(12 * 1024 * 1024));
    try (var browser = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      browser.open("/funding/import.xhtml");
      upload(browser, "receiptsForm", large);
      browser.clickAndWait(By.id("receiptsForm:preview"));
      browser.waitForText(By.id("receiptsForm"), "The file is larger than 5 MB.");
      assertTrue(browser.driver().findElements(By.id("previewForm")).isEmpty());
    } finally {
      Files.delete(large);
    }
  }

  @Test
  void aProgrammeOfficerHasNoImportToUse() {
    try (var browser = new Browser().logIn("programme", As.DEMO_PASSWORD)) {
      browser.open("/funding/import.xhtml");
      browser.waitFor(By.id("main"));
      assertTrue(browser.driver().findElements(By.id("receiptsForm")).isEmpty());
      assertTrue(browser.pageText().contains("Your role does not allow this page"));
    }
  }

  /** Chooses a file as a person would in the browser's dialog: its path typed into the input. */
  private static void upload(Browser browser, String formId, Path file) {
    browser
        .waitFor(By.cssSelector("[id='" + formId + "'] input[type='file']"))
        .sendKeys(file.toAbsolutePath().toString());
  }

  private static Path csv(String text) throws IOException {
    Path file = Files.createTempFile("statement", ".csv");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  private static int occurrences(String text, String part) {
    return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
  }
}
