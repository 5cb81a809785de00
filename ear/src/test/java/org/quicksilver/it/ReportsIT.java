package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** "Parties and SIP eligibility by region" downloaded from the reports page as a user would. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReportsIT {
  @Deployment(testable = false)
  static EnterpriseArchive deployment() {
    return Deployments.application();
  }

  @Test
  void thePdfComesInTheChosenLanguageWithAccentsPagesAndWhoMadeIt() throws Exception {
    byte[] pdf = download("programme", "pdf", "FRENCH", "application/pdf");
    try (var document = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(document).replace('\u202f', ' ');
      assertTrue(text.contains("Parties et admissibilité"), text);
      assertTrue(text.contains("Afrique"));
      assertTrue(text.contains("Bénin"), "accents render with the embedded font");
      assertTrue(text.contains("programme"), "the user who generated it");
      assertTrue(text.matches("(?s).*Page 1 .*sur \\d+.*"), "page X of Y");
    }
  }

  @Test
  void theSpreadsheetHasTheCountriesAndNumericTotals() throws Exception {
    byte[] xlsx =
        download(
            "finance",
            "xlsx",
            "SPANISH",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = workbook.getSheetAt(0);
      boolean argentina = false;
      int numericCells = 0;
      for (Row row : sheet) {
        for (var cell : row) {
          if (cell.getCellType() == CellType.STRING
              && cell.getStringCellValue().contains("Argentina")) {
            argentina = true;
          }
          if (cell.getCellType() == CellType.NUMERIC) {
            numericCells++;
          }
        }
      }
      assertTrue(argentina);
      assertTrue(numericCells > 10, "counts are numbers, not text");
    }
  }

  @Test
  void theStatusOfContributionsComesAsOfADateAndADonorViewerGetsOnlyTheirOwn() throws Exception {
    Map<String, String> asOf = Map.of("statusForm:asOf_input", "2018-12-31");
    byte[] all = download("finance", "statusPdf", "FRENCH", "application/pdf", asOf);
    try (var document = Loader.loadPDF(all)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("État des contributions"), text);
      assertTrue(text.contains("Government of Japan") && text.contains("Government of Sweden"));
    }
    byte[] own = download("donor", "statusPdf", "ENGLISH", "application/pdf", asOf);
    try (var document = Loader.loadPDF(own)) {
      String text = new PDFTextStripper().getText(document);
      assertTrue(text.contains("Government of Sweden"), text);
      assertTrue(!text.contains("Government of Japan"), "another donor's figures: " + text);
    }
  }

  @Test
  void aDonorViewerCannotDownloadIt() throws Exception {
    var donor = new Browserless();
    assertEquals(302, donor.logIn("donor", As.DEMO_PASSWORD).statusCode());
    HttpResponse<String> page = donor.get("/reports/index.xhtml");
    assertTrue(!page.body().contains("reportsForm:pdf"), "no download button");
  }

  private static byte[] download(String user, String button, String language, String type)
      throws Exception {
    return download(user, button, language, type, Map.of());
  }

  private static byte[] download(
      String user, String button, String language, String type, Map<String, String> extra)
      throws Exception {
    var client = new Browserless();
    assertEquals(302, client.logIn(user, As.DEMO_PASSWORD).statusCode());
    HttpResponse<String> page = client.get("/reports/index.xhtml");
    assertEquals(200, page.statusCode());
    String formId = button.startsWith("status") ? "statusForm" : "reportsForm";
    Map<String, String> form = new java.util.HashMap<>(extra);
    form.put(formId, formId);
    form.put(formId + ":language_input", language);
    form.put(formId + ":statusLanguage_input", language);
    form.put(formId + ":" + button, "");
    form.put("jakarta.faces.ViewState", Browserless.viewState(page.body()));
    HttpResponse<byte[]> file = client.postForBytes("/reports/index.xhtml", form);
    assertEquals(200, file.statusCode());
    assertEquals(type, file.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    return file.body();
  }
}
