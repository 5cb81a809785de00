package org.quicksilver.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.util.TempFileCreationStrategy;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableExportXlsxTest {
  private static final List<String> HEADERS =
      List.of("Text", "Amount EUR", "Amount JPY", "Rate", "Date", "Active", "Participants");

  private static final LocalDate DATE = LocalDate.of(2025, 3, 31);

  private static final List<List<Object>> ROWS =
      List.of(
          Arrays.asList(
              "=SUM(A1:A2)",
              new BigDecimal("-1234.50"),
              new BigDecimal("1000000"),
              new BigDecimal("1.234"),
              DATE,
              true,
              25),
          Arrays.asList("+1", null, null, null, null, false, 3_000_000_000L),
          Arrays.asList("-1", null, null, null, null, null, null),
          Arrays.asList("@cmd", null, null, null, null, null, null),
          Arrays.asList("\tx", null, null, null, null, null, null),
          Arrays.asList("\rx", null, null, null, null, null, null),
          Arrays.asList("Côte d’Ivoire", null, null, null, null, null, null),
          Arrays.asList("€ 100", null, null, null, null, null, null));

  @Test
  void writesTheDangerousStringsAsTextWithALeadingQuote() throws IOException {
    try (XSSFWorkbook workbook = read(TableExport.xlsx("Grants", HEADERS, ROWS))) {
      XSSFSheet sheet = workbook.getSheetAt(0);

      List<String> expected = List.of("'=SUM(A1:A2)", "'+1", "'-1", "'@cmd", "'\tx", "'\rx");
      for (int i = 0; i < expected.size(); i++) {
        XSSFCell cell = sheet.getRow(i + 1).getCell(0);
        assertEquals(CellType.STRING, cell.getCellType(), "row " + (i + 1));
        assertEquals(expected.get(i), cell.getStringCellValue(), "row " + (i + 1));
      }
    }
  }

  @Test
  void keepsOtherTextAsItIs() throws IOException {
    try (XSSFWorkbook workbook = read(TableExport.xlsx("Grants", HEADERS, ROWS))) {
      XSSFSheet sheet = workbook.getSheetAt(0);

      assertEquals("Côte d’Ivoire", sheet.getRow(7).getCell(0).getStringCellValue());
      assertEquals("€ 100", sheet.getRow(8).getCell(0).getStringCellValue());
    }
  }

  @Test
  void writesDecimalsAsNumbersFormattedToTheirScale() throws IOException {
    try (XSSFWorkbook workbook = read(TableExport.xlsx("Grants", HEADERS, ROWS))) {
      XSSFRow row = workbook.getSheetAt(0).getRow(1);

      assertNumber(-1234.50, "#,##0.00", row.getCell(1));
      assertNumber(1_000_000, "#,##0", row.getCell(2));
      assertNumber(1.234, "#,##0.000", row.getCell(3));
    }
  }

  @Test
  void writesWholeNumbersAsUngroupedNumbers() throws IOException {
    try (XSSFWorkbook workbook = read(TableExport.xlsx("Grants", HEADERS, ROWS))) {
      XSSFSheet sheet = workbook.getSheetAt(0);

      assertNumber(25, "General", sheet.getRow(1).getCell(6));
      assertNumber(3_000_000_000d, "General", sheet.getRow(2).getCell(6));
    }
  }

  @Test
  void writesDatesAsDateCells() throws IOException {
    try (XSSFWorkbook workbook = read(TableExport.xlsx("Grants", HEADERS, ROWS))) {
      XSSFCell cell = workbook.getSheetAt(0).getRow(1).getCell(4);

      assertEquals(CellType.NUMERIC, cell.getCellType());
      assertTrue(DateUtil.isCellDateFormatted(cell));
      assertEquals("yyyy-mm-dd", cell.getCellStyle().getDataFormatString());
      assertEquals(DATE.atStartOfDay(), cell.getLocalDateTimeCellValue());
    }
  }

  @Test
  void writesBooleansAsBooleanCellsAndNullAsNoCell() throws IOException {
    try (XSSFWorkbook workbook = read(TableExport.xlsx("Grants", HEADERS, ROWS))) {
      XSSFSheet sheet = workbook.getSheetAt(0);

      assertEquals(CellType.BOOLEAN, sheet.getRow(1).getCell(5).getCellType());
      assertTrue(sheet.getRow(1).getCell(5).getBooleanCellValue());
      assertFalse(sheet.getRow(2).getCell(5).getBooleanCellValue());
      assertNull(sheet.getRow(3).getCell(5));
      assertNull(sheet.getRow(3).getCell(1));
    }
  }

  @Test
  void writesABoldFrozenHeaderRowAsWideAsItsHeaders() throws IOException {
    List<String> headers = List.of("=Total", "A", "Amount disbursed to the implementing agency");
    try (XSSFWorkbook workbook =
        read(TableExport.xlsx("Grants", headers, List.of(List.of("x", "y", "z"))))) {
      XSSFSheet sheet = workbook.getSheetAt(0);
      XSSFRow header = sheet.getRow(0);

      assertEquals("'=Total", header.getCell(0).getStringCellValue());
      for (Cell cell : header) {
        assertTrue(workbook.getFontAt(cell.getCellStyle().getFontIndex()).getBold());
      }
      assertFalse(
          workbook.getFontAt(sheet.getRow(1).getCell(0).getCellStyle().getFontIndex()).getBold());
      PaneInformation pane = sheet.getPaneInformation();
      assertNotNull(pane);
      assertTrue(pane.isFreezePane());
      assertEquals(1, pane.getHorizontalSplitPosition());
      assertEquals(0, pane.getVerticalSplitPosition());
      assertEquals(12 * 256, sheet.getColumnWidth(1), "a short header still leaves room");
      assertEquals((headers.get(2).length() + 2) * 256, sheet.getColumnWidth(2));
    }
  }

  @Test
  void namesTheSheetSafely() throws IOException {
    try (XSSFWorkbook grants = read(TableExport.xlsx("Grants", HEADERS, List.of()));
        XSSFWorkbook unsafe =
            read(
                TableExport.xlsx(
                    "Budget [2025]/Q1: a name far too long for Excel", HEADERS, List.of()))) {
      assertEquals("Grants", grants.getSheetName(0));
      String name = unsafe.getSheetName(0);
      assertEquals(31, name.length());
      assertTrue(name.chars().noneMatch(c -> "[]/:*?\\".indexOf(c) >= 0), name);
    }
  }

  @Test
  void writesMoreRowsThanItKeepsInMemory() throws IOException {
    int count = XlsxTable.ROWS_IN_MEMORY * 5 + 7;
    List<List<Object>> rows =
        IntStream.range(0, count)
            .mapToObj(i -> List.<Object>of("row " + i, BigDecimal.valueOf(i, 2)))
            .collect(Collectors.toList());

    try (XSSFWorkbook workbook = read(TableExport.xlsx("Many", List.of("Name", "Amount"), rows))) {
      XSSFSheet sheet = workbook.getSheetAt(0);

      assertEquals(count, sheet.getLastRowNum());
      assertEquals("row 0", sheet.getRow(1).getCell(0).getStringCellValue());
      assertEquals("row " + (count - 1), sheet.getRow(count).getCell(0).getStringCellValue());
      assertEquals((count - 1) / 100d, sheet.getRow(count).getCell(1).getNumericCellValue());
    }
  }

  @Test
  void leavesNoTemporaryFileBehind(@TempDir Path temp) throws IOException {
    List<File> created = new ArrayList<>();
    TempFileCreationStrategy inTemp = new DefaultTempFileCreationStrategy(temp.toFile());
    TempFile.setTempFileCreationStrategy(
        new TempFileCreationStrategy() {
          @Override
          public File createTempFile(String prefix, String suffix) throws IOException {
            File file = inTemp.createTempFile(prefix, suffix);
            created.add(file);
            return file;
          }

          @Override
          public File createTempDirectory(String prefix) throws IOException {
            return inTemp.createTempDirectory(prefix);
          }
        });
    try {
      TableExport.xlsx("Grants", HEADERS, ROWS);
    } finally {
      TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
    }

    assertFalse(created.isEmpty(), "the rows went through a temporary file");
    for (File file : created) {
      assertFalse(file.exists(), file + " is left behind");
    }
  }

  @Test
  void refusesARowThatDoesNotMatchTheHeaders() {
    IllegalArgumentException refusal =
        assertThrows(
            IllegalArgumentException.class,
            () -> TableExport.xlsx("Grants", List.of("A", "B"), List.of(List.of("x", "y", "z"))));

    assertEquals("Row 1 has 3 cells for 2 headers", refusal.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"double", "float", "object"})
  void refusesValuesOfOtherTypes(String kind) {
    Object value =
        switch (kind) {
          case "double" -> 1.5d;
          case "float" -> 1.5f;
          default -> new Object();
        };

    IllegalArgumentException refusal =
        assertThrows(
            IllegalArgumentException.class,
            () -> TableExport.xlsx("Grants", List.of("A"), List.of(List.of(value))));
    assertTrue(refusal.getMessage().endsWith(value.getClass().getName()));
  }

  private static void assertNumber(double expected, String format, XSSFCell cell) {
    assertEquals(CellType.NUMERIC, cell.getCellType());
    assertEquals(expected, cell.getNumericCellValue());
    assertEquals(format, cell.getCellStyle().getDataFormatString());
    assertFalse(DateUtil.isCellDateFormatted(cell), "a number, not a date");
  }

  private static XSSFWorkbook read(byte[] xlsx) throws IOException {
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }
}
