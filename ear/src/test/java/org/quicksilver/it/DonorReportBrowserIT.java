package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;

/**
 * A donor report generated from the reports page in a real browser, downloaded, and read back: its
 * PDF text and its XLSX numbers against what the donors' balances page shows for the same donor.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DonorReportBrowserIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void aFinanceOfficerGeneratesAFrenchReportForJapanWhoseReceiptsMatchTheLedger() {
    try (var browser = new Browser().logIn("finance", As.DEMO_PASSWORD)) {
      BigDecimal received = receivedOnBalancesPage(browser, "Japan");

      browser.open("/reports/index.xhtml");
      browser.chooseByFilter("donorForm:donor", "Japan", "Japan");
      // from before the first demo receipt to today: the period's receipts are all of them
      setDate(browser, "donorForm:donorFrom_input", "2010-01-01");
      setDate(browser, "donorForm:donorTo_input", LocalDate.now().toString());
      browser.choose("donorForm:donorLanguage", "Français");
      browser.click(By.id("donorForm:donorPdf"));
      String text = pdfText(browser.awaitDownload(".pdf"));
      assertTrue(text.contains("Rapport au donateur"), text);
      assertTrue(text.contains("Government of Japan"), text);
      assertTrue(text.contains("JPY"), text);
      // French figures: a comma before the cents, (narrow) spaces between thousands
      assertTrue(
          text.replaceAll("[\\s\\u00A0\\u202F]", "").contains(french(received)),
          "the PDF shows " + french(received) + " received:\n" + text);

      browser.click(By.id("donorForm:donorXlsx"));
      List<BigDecimal> numbers = numbers(browser.awaitDownload(".xlsx"));
      assertTrue(
          numbers.stream().anyMatch(n -> n.compareTo(received) == 0),
          "the XLSX has " + received + " as a number: " + numbers);
      browser.screenshot("donor-report-form");
    }
  }

  @Test
  void aDonorViewerIsOfferedItsOwnDonorOnlyAndGetsItsReportInTheBackground() {
    try (var browser = new Browser().logIn("donor", As.DEMO_PASSWORD)) {
      browser.open("/reports/index.xhtml");
      browser.waitForText(By.id("donorForm:donorReport"), "Sweden");
      String offered = browser.driver().findElement(By.id("donorForm:donor_input")).getText();
      assertTrue(offered.contains("Sweden"), offered);
      assertFalse(offered.contains("Japan"), offered);
      setDate(browser, "donorForm:donorFrom_input", "2010-01-01");
      setDate(browser, "donorForm:donorTo_input", LocalDate.now().toString());
      // in the background: the page polls the job, then offers its download
      browser.clickAndWait(By.id("donorForm:donorPdfBackground"));
      browser.waitForText(By.id("reportJobForm:reportJobReady"), "Donor report");
      browser.click(By.id("reportJobForm:reportJobDownload"));
      String text = pdfText(browser.awaitDownload(".pdf"));
      assertTrue(text.contains("Sweden"), text);
      assertFalse(text.contains("Japan"), text);
    }
  }

  private static BigDecimal receivedOnBalancesPage(Browser browser, String donor) {
    browser.open("/funding/donors.xhtml");
    browser.type(By.id("listForm:donors:donorName:filter"), donor);
    browser.waitForText(By.id("listForm:donors"), "1–1 / 1");
    String cell = browser.text(By.id("listForm:donors:0:receivedValue"));
    return new BigDecimal(cell.replaceAll("[^0-9.\\-]", ""));
  }

  private static String french(BigDecimal amount) {
    return amount.setScale(2).toPlainString().replace('.', ',');
  }

  private static String pdfText(byte[] pdf) {
    try (var document = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(document);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<BigDecimal> numbers(byte[] xlsx) {
    List<BigDecimal> numbers = new ArrayList<>();
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (Row row : workbook.getSheetAt(0)) {
        for (Cell cell : row) {
          if (cell.getCellType() == CellType.NUMERIC) {
            numbers.add(
                BigDecimal.valueOf(cell.getNumericCellValue())
                    .setScale(2, java.math.RoundingMode.HALF_UP));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertFalse(numbers.isEmpty(), "numbers in the spreadsheet");
    return numbers;
  }

  private static void setDate(Browser browser, String inputId, String isoDate) {
    browser.type(By.id(inputId), isoDate);
    browser.driver().findElement(By.id(inputId)).sendKeys(Keys.TAB);
  }
}
