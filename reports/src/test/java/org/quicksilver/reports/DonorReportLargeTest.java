package org.quicksilver.reports;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** A donor with tens of thousands of receipts: the report completes, no timing asserted. */
class DonorReportLargeTest {

  private static final int RECEIPTS = 20_000;

  private final ReportRenderer renderer = new ReportRenderer();
  private final List<DonorReportRow> rows = DonorReportFixture.withReceipts(RECEIPTS);

  @Test
  void twentyThousandReceiptsFillHundredsOfPdfPages() throws IOException {
    byte[] pdf =
        renderer.render(DonorReportFixture.request(rows, Locale.ENGLISH, ReportFormat.PDF));
    try (PDDocument document = Loader.loadPDF(pdf)) {
      // About forty receipts fit on a page.
      int pages = document.getNumberOfPages();
      assertTrue(pages > RECEIPTS / 45, "only " + pages + " pages");
    }
  }

  @Test
  void twentyThousandReceiptsAreRowsOfOneSheet() throws IOException {
    byte[] xlsx =
        renderer.render(DonorReportFixture.request(rows, Locale.FRENCH, ReportFormat.XLSX));
    try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      int rowsInSheet = workbook.getSheetAt(0).getPhysicalNumberOfRows();
      assertTrue(rowsInSheet > RECEIPTS, "only " + rowsInSheet + " rows");
    }
  }
}
