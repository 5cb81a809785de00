package org.quicksilver.funding.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class XlsxTableTest {
  @Test
  void dateCellsGiveDatesAndNumberCellsTheNumberTheSpreadsheetShows() throws IOException {
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      CellStyle dateStyle = workbook.createCellStyle();
      dateStyle.setDataFormat(workbook.createDataFormat().getFormat("dd/mm/yyyy"));
      Sheet sheet = workbook.createSheet("Statement");
      header(sheet, "Date", "Amount", "Bank_Reference", "Units_per_USD");
      Row row = sheet.createRow(1);
      row.createCell(0).setCellValue(LocalDate.of(2018, 7, 3));
      row.getCell(0).setCellStyle(dateStyle);
      row.createCell(1).setCellValue(1000000);
      row.createCell(2).setCellValue(20180703001L);
      row.createCell(3).setCellFormula("0.1+0.2");
      workbook.getCreationHelper().createFormulaEvaluator().evaluateAll();
      Row yen = sheet.createRow(2);
      yen.createCell(0).setCellValue(" 2018-07-04 ");
      yen.createCell(1).setCellValue(1000.5);
      yen.createCell(2).setCellValue("JP-002");
      file = bytes(workbook);
    }

    Table table = XlsxTable.read(file, 100);

    assertEquals(List.of("date", "amount", "bank_reference", "units_per_usd"), table.columns());
    TableRow first = table.rows().get(0);
    assertEquals(2, first.number());
    assertEquals(LocalDate.of(2018, 7, 3), first.cell("date"));
    assertEquals("1000000", ((BigDecimal) first.cell("amount")).toPlainString());
    assertEquals("20180703001", TableRow.text(first.cell("bank_reference")));
    assertEquals(new BigDecimal("0.3"), first.cell("units_per_usd"), "not 0.30000000000000004");
    TableRow second = table.rows().get(1);
    assertEquals("2018-07-04", second.cell("date"), "text cells are trimmed, not converted");
    assertEquals(new BigDecimal("1000.5"), second.cell("amount"));
    assertNull(second.cell("units_per_usd"));
  }

  @Test
  void onlyTheFirstSheetIsReadAndBlankRowsAboveAndBetweenAreSkipped() throws IOException {
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      Sheet receipts = workbook.createSheet("Receipts");
      receipts.createRow(0).createCell(0).setCellValue(" ");
      header(receipts, 1, "donor");
      receipts.createRow(2).createCell(0).setCellValue("European Union");
      receipts.createRow(3);
      receipts.createRow(5).createCell(0).setCellValue("EU");
      header(workbook.createSheet("Notes"), "not a receipt");
      file = bytes(workbook);
    }

    Table table = XlsxTable.read(file, 100);

    assertEquals(List.of("donor"), table.columns());
    assertEquals(2, table.rows().size());
    assertEquals(3, table.rows().get(0).number());
    assertEquals(6, table.rows().get(1).number());
  }

  @Test
  void aZipThatIsNoWorkbookIsRefusedAsUnreadable() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("hello.txt"));
      zip.write("not a workbook".getBytes());
    }

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> XlsxTable.read(bytes.toByteArray(), 100));

    assertEquals("funding.import.unreadableXlsx", refused.messageKey());
  }

  @Test
  void bytesThatStartLikeAZipButAreNotOneAreRefusedAsUnreadable() {
    byte[] truncated = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> XlsxTable.read(truncated, 100));

    assertEquals("funding.import.unreadableXlsx", refused.messageKey());
  }

  @Test
  void aSmallFileThatUnpacksToMoreThanTheLimitIsRefusedBeforeItIsRead() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
      byte[] zeros = new byte[1024 * 1024];
      for (long written = 0; written <= XlsxTable.MAX_UNPACKED_BYTES; written += zeros.length) {
        zip.write(zeros);
      }
    }
    assertEquals(true, bytes.size() < TableReader.MAX_BYTES, "small enough to be uploaded");

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> XlsxTable.read(bytes.toByteArray(), 100));

    assertEquals("funding.import.tooLargeUnpacked", refused.messageKey());
  }

  private static void header(Sheet sheet, String... names) {
    header(sheet, 0, names);
  }

  private static void header(Sheet sheet, int rowIndex, String... names) {
    Row row = sheet.createRow(rowIndex);
    for (int i = 0; i < names.length; i++) {
      row.createCell(i).setCellValue(names[i]);
    }
  }

  static byte[] bytes(XSSFWorkbook workbook) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    workbook.write(out);
    return out.toByteArray();
  }
}
