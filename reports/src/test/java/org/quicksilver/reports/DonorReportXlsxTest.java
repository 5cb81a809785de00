package org.quicksilver.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class DonorReportXlsxTest {

  // The template's grid of fourteen columns.
  private static final int LABEL = 0;
  private static final int REFERENCE = 1;
  private static final int DATE = 3;
  private static final int BANK_REFERENCE = 3;
  private static final int AMOUNT = 4;
  private static final int CURRENCY = 5;
  private static final int RATE = 6;
  private static final int USD = 7;
  private static final int ALLOCATION = 7;
  private static final int RECEIVED = 8;
  private static final int ATTRIBUTED = 8;
  private static final int EXCHANGE_DIFFERENCE = 9;
  private static final int SPENT = 9;
  private static final int OUTSTANDING = 10;
  private static final int UNALLOCATED = 10;
  private static final int WOMEN = 11;
  private static final int MEN = 12;
  private static final int OTHER = 13;
  private static final double CENT = 0.001;

  static Stream<Locale> languages() {
    return Stream.of(Locale.ENGLISH, Locale.FRENCH, Locale.forLanguageTag("es"));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void isOneSheetOfFourteenColumnsWithoutPageNumbersOrCharts(Locale locale) throws IOException {
    try (XSSFWorkbook workbook = render(locale)) {
      assertEquals(1, workbook.getNumberOfSheets());
      Sheet sheet = workbook.getSheetAt(0);
      assertEquals(text(locale, "donor-report.sheet"), sheet.getSheetName());
      for (Row row : sheet) {
        assertTrue(
            row.getLastCellNum() <= 14, "row " + row.getRowNum() + " has more than 14 cells");
      }
      assertTrue(workbook.getAllPictures().isEmpty(), "charts stay out of the spreadsheet");
      assertFalse(strings(sheet).stream().anyMatch(t -> t.matches("(Page|Página) \\d.*")));
      assertTrue(strings(sheet).contains(text(locale, "donor-report.section.RECEIPTS")));
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void pledgesAreNumbersInTheirCurrencyAndInDollars(Locale locale) throws IOException {
    try (XSSFWorkbook workbook = render(locale)) {
      Sheet sheet = workbook.getSheetAt(0);
      Row yen = rowWith(sheet, REFERENCE, "JP-2018-01", 0);
      assertEquals(text(locale, "donor-report.pledgeKind.PLEDGE"), string(yen, LABEL));
      assertEquals(50_000_000, number(yen, AMOUNT), CENT);
      assertEquals("#,##0", yen.getCell(AMOUNT).getCellStyle().getDataFormatString());
      assertEquals("JPY", string(yen, CURRENCY));
      assertEquals(110, number(yen, RATE), CENT);
      assertEquals(454_545.45, number(yen, USD), CENT);
      assertEquals(459_981.60, number(yen, RECEIVED), CENT);
      assertEquals(5_436.15, number(yen, EXCHANGE_DIFFERENCE), CENT);
      assertEquals(0, number(yen, OUTSTANDING), CENT);
      assertEquals("#,##0.00", yen.getCell(USD).getCellStyle().getDataFormatString());
      Cell pledgedOn = yen.getCell(DATE);
      assertEquals(CellType.NUMERIC, pledgedOn.getCellType(), "dates are date cells");
      assertTrue(DateUtil.isCellDateFormatted(pledgedOn));
      assertEquals(
          LocalDate.of(2018, 3, 1),
          pledgedOn.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());

      Row dollars = rowWith(sheet, REFERENCE, "JP-2018-02", 0);
      assertEquals(200_000.00, number(dollars, AMOUNT), CENT);
      assertEquals("#,##0.00", dollars.getCell(AMOUNT).getCellStyle().getDataFormatString());

      Row total = rowWith(sheet, LABEL, text(locale, "donor-report.total"), 0);
      assertEquals(761_212.12, number(total, USD), CENT);
      assertEquals(579_981.60, number(total, RECEIVED), CENT);
      assertEquals(5_436.15, number(total, EXCHANGE_DIFFERENCE), CENT);
      assertEquals(186_666.67, number(total, OUTSTANDING), CENT);
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void receiptsAddUpToTheirTotalWithTheReversalDeducted(Locale locale) throws IOException {
    try (XSSFWorkbook workbook = render(locale)) {
      Sheet sheet = workbook.getSheetAt(0);
      Row reversal = rowWith(sheet, BANK_REFERENCE, "MUFG-180914-R", 0);
      assertEquals(-1_000_000, number(reversal, AMOUNT), CENT);
      assertEquals(-8_992.81, number(reversal, USD), CENT);
      assertEquals(text(locale, "donor-report.reversal"), string(reversal, RECEIVED));
      Row reversed = rowWith(sheet, BANK_REFERENCE, "MUFG-180914", 0);
      assertEquals(8_992.81, number(reversed, USD), CENT);
      Cell noMarker = reversed.getCell(RECEIVED);
      assertTrue(
          noMarker == null
              || noMarker.getCellType() == CellType.BLANK
              || noMarker.getStringCellValue().isEmpty(),
          "only the reversal is marked");

      double sum = 0;
      for (Row row : sheet) {
        Cell bank = row.getCell(BANK_REFERENCE);
        if (bank != null
            && bank.getCellType() == CellType.STRING
            && bank.getStringCellValue().startsWith("MUFG-")) {
          sum += number(row, USD);
        }
      }
      Row total = rowWith(sheet, LABEL, text(locale, "donor-report.total"), 1);
      assertEquals(579_981.60, number(total, USD), CENT);
      assertEquals(number(total, USD), sum, CENT);
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void summaryEarmarksUsesAndParticipantsAreNumbers(Locale locale) throws IOException {
    try (XSSFWorkbook workbook = render(locale)) {
      Sheet sheet = workbook.getSheetAt(0);
      Row received = rowWith(sheet, LABEL, text(locale, "donor-report.figure.RECEIVED"), 0);
      assertEquals(579_981.60, number(received, USD), CENT);

      Row earmarks = rowWith(sheet, LABEL, text(locale, "donor-report.total"), 2);
      assertEquals(579_981.60, number(earmarks, USD), CENT);
      assertEquals(380_000.00, number(earmarks, ATTRIBUTED), CENT);
      assertEquals(180_000.00, number(earmarks, SPENT), CENT);
      assertEquals(199_981.60, number(earmarks, UNALLOCATED), CENT);

      Row workshop = rowWith(sheet, LABEL, "ACT-2018-12", 0);
      assertEquals(40_000.00, number(workshop, ATTRIBUTED), CENT);
      assertEquals(14, number(workshop, WOMEN));
      assertEquals(10, number(workshop, MEN));
      assertEquals(1, number(workshop, OTHER));
      Row uses = rowWith(sheet, LABEL, text(locale, "donor-report.usesTotal"), 0);
      assertEquals(495_000.00, number(uses, ALLOCATION), CENT);
      assertEquals(380_000.00, number(uses, ATTRIBUTED), CENT);
      assertEquals(180_000.00, number(uses, SPENT), CENT);

      Row regions = rowWith(sheet, LABEL, text(locale, "donor-report.allRegions"), 0);
      // women, men, other and all participants share the money columns' grid
      assertEquals(23, number(regions, 7));
      assertEquals(17, number(regions, 8));
      assertEquals(1, number(regions, 9));
      assertEquals(41, number(regions, 10));
    }
  }

  private static XSSFWorkbook render(Locale locale) throws IOException {
    byte[] xlsx =
        new ReportRenderer().render(DonorReportFixture.request(locale, ReportFormat.XLSX));
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }

  private static String text(Locale locale, String key) {
    return ReportMessages.forLocale(locale).getString(key);
  }

  private static double number(Row row, int column) {
    Cell cell = row.getCell(column);
    assertEquals(
        CellType.NUMERIC,
        cell == null ? null : cell.getCellType(),
        "row " + row.getRowNum() + ", column " + column);
    return cell.getNumericCellValue();
  }

  private static String string(Row row, int column) {
    Cell cell = row.getCell(column);
    assertEquals(CellType.STRING, cell.getCellType(), "row " + row.getRowNum() + ", " + column);
    return cell.getStringCellValue();
  }

  /** The {@code skip}-th row (from 0) whose cell in {@code column} says {@code text}. */
  private static Row rowWith(Sheet sheet, int column, String text, int skip) {
    int seen = 0;
    for (Row row : sheet) {
      Cell cell = row.getCell(column);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && text.equals(cell.getStringCellValue())
          && seen++ == skip) {
        return row;
      }
    }
    throw new AssertionError("no row " + skip + " with \"" + text + "\" in column " + column);
  }

  private static List<String> strings(Sheet sheet) {
    List<String> strings = new ArrayList<>();
    for (Row row : sheet) {
      for (Cell cell : row) {
        if (cell.getCellType() == CellType.STRING) {
          strings.add(cell.getStringCellValue());
        }
      }
    }
    return strings;
  }
}
