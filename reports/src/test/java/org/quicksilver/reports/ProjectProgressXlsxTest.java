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

class ProjectProgressXlsxTest {

  // The template's grid: label, then eight columns; participants are counted in the last four.
  private static final int LABEL = 0;
  private static final int START = 2;
  private static final int PARTICIPANTS = 5;
  private static final int WOMEN = 6;
  private static final int MEN = 7;
  private static final int OTHER = 8;
  private static final int BUDGET = 4;
  private static final int ACTUAL = 6;
  private static final int VARIANCE = 7;
  private static final double CENT = 0.001;

  static Stream<Locale> languages() {
    return Stream.of(Locale.ENGLISH, Locale.FRENCH, new Locale("es"));
  }

  @ParameterizedTest
  @MethodSource("languages")
  void isOneSheetOfNineColumnsWithoutPageNumbers(Locale locale) throws IOException {
    try (XSSFWorkbook workbook = render(locale)) {
      assertEquals(1, workbook.getNumberOfSheets());
      Sheet sheet = workbook.getSheetAt(0);
      String expected =
          switch (locale.getLanguage()) {
            case "fr" -> "Avancement du projet";
            case "es" -> "Progreso del proyecto";
            default -> "Project progress";
          };
      assertEquals(expected, sheet.getSheetName());
      for (Row row : sheet) {
        assertTrue(row.getLastCellNum() <= 9, "row " + row.getRowNum() + " has more than 9 cells");
      }
      assertFalse(strings(sheet).stream().anyMatch(t -> t.matches("(Page|Página) \\d.*")));
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void participantsAreNumbersThatAddUpByGender(Locale locale) throws IOException {
    try (XSSFWorkbook workbook = render(locale)) {
      Sheet sheet = workbook.getSheetAt(0);
      Row lusaka = rowWith(sheet, "Regional consultation for Africa", 0);
      for (int column : new int[] {PARTICIPANTS, WOMEN, MEN, OTHER}) {
        assertEquals(CellType.NUMERIC, lusaka.getCell(column).getCellType(), "column " + column);
      }
      assertEquals(22, number(lusaka, PARTICIPANTS));
      assertEquals(12, number(lusaka, WOMEN));
      assertEquals(9, number(lusaka, MEN));
      assertEquals(1, number(lusaka, OTHER));
      Cell start = lusaka.getCell(START);
      assertEquals(CellType.NUMERIC, start.getCellType(), "dates are date cells");
      assertTrue(DateUtil.isCellDateFormatted(start));
      assertEquals(
          LocalDate.of(2018, 10, 9),
          start.getDateCellValue().toInstant().atZone(ZoneId.systemDefault()).toLocalDate());

      String allRegions =
          switch (locale.getLanguage()) {
            case "fr" -> "Toutes les régions";
            case "es" -> "Todas las regiones";
            default -> "All regions";
          };
      Row total = rowWith(sheet, allRegions, 0);
      assertEquals(57, number(total, PARTICIPANTS));
      assertEquals(
          number(total, PARTICIPANTS),
          number(total, WOMEN) + number(total, MEN) + number(total, OTHER));
    }
  }

  @ParameterizedTest
  @MethodSource("languages")
  void budgetLinesAreNumbersWithTheirVariance(Locale locale) throws IOException {
    try (XSSFWorkbook workbook = render(locale)) {
      Sheet sheet = workbook.getSheetAt(0);
      Row management = rowWith(sheet, "Project management", 0);
      assertEquals(10_000.00, number(management, BUDGET), CENT);
      assertEquals(12_500.00, number(management, ACTUAL), CENT);
      assertEquals(-2_500.00, number(management, VARIANCE), CENT);
      Row consultation = rowWith(sheet, "Regional consultation for Africa", 1);
      assertEquals(26_200.00, number(consultation, ACTUAL), CENT);
      assertEquals(
          number(consultation, BUDGET) - number(consultation, ACTUAL),
          number(consultation, VARIANCE),
          CENT);
      assertEquals("#,##0.00", consultation.getCell(ACTUAL).getCellStyle().getDataFormatString());
    }
  }

  private static XSSFWorkbook render(Locale locale) throws IOException {
    byte[] xlsx = new ReportRenderer().render(ProgressFixture.request(locale, ReportFormat.XLSX));
    return new XSSFWorkbook(new ByteArrayInputStream(xlsx));
  }

  private static double number(Row row, int column) {
    Cell cell = row.getCell(column);
    assertEquals(
        CellType.NUMERIC, cell.getCellType(), "row " + row.getRowNum() + ", column " + column);
    return cell.getNumericCellValue();
  }

  /** The {@code skip}-th row (from 0) whose label is {@code label}. */
  private static Row rowWith(Sheet sheet, String label, int skip) {
    int seen = 0;
    for (Row row : sheet) {
      Cell cell = row.getCell(LABEL);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && label.equals(cell.getStringCellValue())
          && seen++ == skip) {
        return row;
      }
    }
    throw new AssertionError("no row " + skip + " labelled \"" + label + "\"");
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
