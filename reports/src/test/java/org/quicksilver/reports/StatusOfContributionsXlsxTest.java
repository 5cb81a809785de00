package org.quicksilver.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StatusOfContributionsXlsxTest {

  // Columns: donor, currency, then the amounts.
  private static final int DONOR = 0;
  private static final int CURRENCY = 1;
  private static final int PLEDGED = 2;
  private static final int[] AMOUNTS = {2, 3, 4, 5, 6, 7, 8};
  private static final int[] ORIGINAL_CURRENCY = {2, 5, 7};
  private static final int[] USD = {3, 4, 6, 8};
  private static final String GRAND_TOTAL = "Total, all trust funds";
  private static final double CENT = 0.001;

  private XSSFWorkbook workbook;
  private Sheet sheet;

  @BeforeEach
  void render() throws IOException {
    byte[] xlsx =
        new ReportRenderer()
            .render(ContributionsFixture.request(Locale.ENGLISH, ReportFormat.XLSX));
    workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    sheet = workbook.getSheetAt(0);
  }

  @Test
  void isOneSheetOfNineColumnsWithoutPageNumbers() {
    assertEquals(1, workbook.getNumberOfSheets());
    assertEquals("Status of contributions", sheet.getSheetName());
    for (Row row : sheet) {
      assertTrue(row.getLastCellNum() <= 9, "row " + row.getRowNum() + " has more than 9 cells");
    }
    assertFalse(strings().stream().anyMatch(text -> text.startsWith("Page ")));
    assertTrue(strings().contains("Türkiye"), "no Türkiye in " + strings());
  }

  @Test
  void amountsAreNumericCellsWithTheCurrencysDecimals() {
    List<Row> lines = lines();
    assertEquals(10, lines.size(), "donor lines");
    for (Row line : lines) {
      for (int column : AMOUNTS) {
        assertEquals(
            CellType.NUMERIC,
            line.getCell(column).getCellType(),
            "row " + line.getRowNum() + ", column " + column);
      }
    }
    Row japan = lineOf("Japan", "JPY");
    assertEquals(150_000_000, japan.getCell(PLEDGED).getNumericCellValue());
    assertEquals("#,##0", format(japan.getCell(PLEDGED)));
    Row kuwait = lineOf("Kuwait", "KWD");
    assertEquals(30_750.125, kuwait.getCell(PLEDGED).getNumericCellValue(), 1e-9);
    assertEquals("#,##0.000", format(kuwait.getCell(PLEDGED)));
    assertEquals("#,##0.00", format(lineOf("Austria", "EUR").getCell(PLEDGED)));
  }

  @Test
  void grandTotalsAreTheSumsOfTheLines() {
    Row total = rowWith(DONOR, GRAND_TOTAL);
    List<Row> lines = lines();
    for (int column : USD) {
      Cell cell = total.getCell(column);
      assertEquals(CellType.NUMERIC, cell.getCellType(), "grand total, column " + column);
      double sum =
          lines.stream().mapToDouble(row -> row.getCell(column).getNumericCellValue()).sum();
      assertNotEquals(0.0, sum, "column " + column + " has no amounts");
      assertEquals(sum, cell.getNumericCellValue(), CENT, "grand total, column " + column);
    }
    assertEquals(5_180_670.74, total.getCell(3).getNumericCellValue(), CENT);
    assertOriginalCurrencyColumnsEmpty(total);
  }

  @Test
  void fundTotalsAreTheSumsOfTheirLines() {
    double[] sums = new double[9];
    int funds = 0;
    for (Row row : sheet) {
      if (isLine(row)) {
        for (int column : USD) {
          sums[column] += row.getCell(column).getNumericCellValue();
        }
      } else if (startsWith(row, "Total, ") && !startsWith(row, GRAND_TOTAL)) {
        funds++;
        for (int column : USD) {
          assertEquals(
              sums[column],
              row.getCell(column).getNumericCellValue(),
              CENT,
              text(row.getCell(DONOR)) + ", column " + column);
        }
        assertOriginalCurrencyColumnsEmpty(row);
        sums = new double[9];
      }
    }
    assertEquals(2, funds, "fund total lines");
    assertEquals(
        3_414_265.45,
        rowWith(DONOR, "Total, General Trust Fund").getCell(3).getNumericCellValue(),
        CENT);
  }

  private static void assertOriginalCurrencyColumnsEmpty(Row row) {
    for (int column : ORIGINAL_CURRENCY) {
      Cell cell = row.getCell(column);
      assertTrue(
          cell == null
              || cell.getCellType() == CellType.BLANK
              || cell.getCellType() == CellType.STRING && cell.getStringCellValue().isEmpty(),
          "row " + row.getRowNum() + ", column " + column + " is not empty: " + cell);
    }
  }

  /** The donor lines: a currency code and a number in the first amount column. */
  private List<Row> lines() {
    List<Row> lines = new ArrayList<>();
    for (Row row : sheet) {
      if (isLine(row)) {
        lines.add(row);
      }
    }
    return lines;
  }

  private static boolean isLine(Row row) {
    Cell currency = row.getCell(CURRENCY);
    Cell pledged = row.getCell(PLEDGED);
    return currency != null
        && currency.getCellType() == CellType.STRING
        && currency.getStringCellValue().matches("[A-Z]{3}")
        && pledged != null
        && pledged.getCellType() == CellType.NUMERIC;
  }

  private Row lineOf(String donor, String currency) {
    for (Row row : lines()) {
      if (donor.equals(text(row.getCell(DONOR))) && currency.equals(text(row.getCell(CURRENCY)))) {
        return row;
      }
    }
    throw new AssertionError("no line for " + donor + " in " + currency);
  }

  private static boolean startsWith(Row row, String prefix) {
    return text(row.getCell(DONOR)).startsWith(prefix);
  }

  private static String text(Cell cell) {
    return cell != null && cell.getCellType() == CellType.STRING ? cell.getStringCellValue() : "";
  }

  private static String format(Cell cell) {
    return cell.getCellStyle().getDataFormatString();
  }

  private Row rowWith(int column, String text) {
    for (Row row : sheet) {
      if (text.equals(text(row.getCell(column)))) {
        return row;
      }
    }
    throw new AssertionError("no row with \"" + text + "\" in column " + column);
  }

  private List<String> strings() {
    List<String> strings = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING && !cell.getStringCellValue().isEmpty()) {
          strings.add(cell.getStringCellValue());
        }
      }
    }
    return strings;
  }
}
