package org.quicksilver.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class PartiesEligibilityXlsxTest {

  // Columns: ISO, country, status, party since (also holds the counts), SIP eligibility.
  private static final int COUNTRY = 1;
  private static final int PARTY_SINCE = 3;

  private XSSFWorkbook workbook;
  private Sheet sheet;

  @BeforeEach
  void render() throws IOException {
    ReportRequest request =
        PartiesEligibilityReport.request(
            PartiesFixture.rows(Locale.ENGLISH),
            PartiesFixture.AS_OF,
            Locale.ENGLISH,
            ReportFormat.XLSX,
            PartiesFixture.USER,
            PartiesFixture.GENERATED_AT);
    workbook = new XSSFWorkbook(new ByteArrayInputStream(new ReportRenderer().render(request)));
    sheet = workbook.getSheetAt(0);
  }

  @Test
  void isOneSheetOfFiveColumnsWithoutPageNumbers() {
    assertEquals(1, workbook.getNumberOfSheets());
    assertEquals("Parties by region", sheet.getSheetName());
    for (Row row : sheet) {
      assertTrue(row.getLastCellNum() <= 5, "row " + row.getRowNum() + " has more than 5 cells");
    }
    assertFalse(strings().stream().anyMatch(text -> text.startsWith("Page ")));
  }

  @Test
  void listsTheCountriesWithRealDateCells() {
    assertTrue(strings().contains("Côte d’Ivoire"), "no Côte d’Ivoire in " + strings());
    Row benin = rowWith(COUNTRY, "Benin");
    Cell partySince = benin.getCell(PARTY_SINCE);
    assertEquals(CellType.NUMERIC, partySince.getCellType());
    assertTrue(DateUtil.isCellDateFormatted(partySince));
    assertEquals(LocalDate.of(2016, 11, 7), partySince.getLocalDateTimeCellValue().toLocalDate());
  }

  @Test
  void totalsAreNumericCells() {
    // Counted from PartiesFixture: 30 countries, 25 of them Parties, 18 of those eligible.
    int allRegions = rowWith(0, "All regions").getRowNum();
    assertTotal(allRegions + 1, "Countries", 30);
    assertTotal(allRegions + 2, "Parties", 25);
    assertTotal(allRegions + 3, "Parties eligible for SIP support", 18);
  }

  private void assertTotal(int rowIndex, String label, int expected) {
    Row row = sheet.getRow(rowIndex);
    assertEquals(label, row.getCell(COUNTRY).getStringCellValue());
    Cell value = row.getCell(PARTY_SINCE);
    assertEquals(CellType.NUMERIC, value.getCellType(), label + " is not a number cell");
    assertEquals(expected, value.getNumericCellValue(), label);
  }

  private Row rowWith(int column, String text) {
    for (Row row : sheet) {
      Cell cell = row.getCell(column);
      if (cell != null
          && cell.getCellType() == CellType.STRING
          && text.equals(cell.getStringCellValue())) {
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
