package org.quicksilver.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

class SteeringCommitteeXlsxTest {

  // The grid's columns: A reference, B country, C …, F amounts.
  private static final int AMOUNT = 5;

  private XSSFWorkbook workbook;
  private Sheet sheet;

  @BeforeEach
  void render() throws IOException {
    byte[] xlsx =
        new ReportRenderer()
            .render(SteeringCommitteeFixture.request(Locale.FRENCH, ReportFormat.XLSX));
    workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx));
    sheet = workbook.getSheetAt(0);
  }

  @Test
  void isOneSheetOnTheEightColumnGridWithoutPageNumbers() {
    assertEquals(1, workbook.getNumberOfSheets());
    assertEquals("Comité directeur", sheet.getSheetName());
    for (Row row : sheet) {
      assertTrue(row.getLastCellNum() <= 8, "row " + row.getRowNum() + " has more than 8 cells");
    }
    assertFalse(strings().stream().anyMatch(text -> text.startsWith("Page ")));
  }

  @Test
  void moneyLinesAreNumbers() {
    assertAmount("Montant demandé par l’ensemble des demandes reçues", 350000.50);
    assertAmount("Disponible sur l’affectation du cycle (reçu moins alloué)", 200000.00);
  }

  @Test
  void theRankingAndScoresAreNumbers() {
    Row first = rowWith(1, "SIP-2018-03");
    assertEquals(CellType.NUMERIC, first.getCell(0).getCellType());
    assertEquals(1, first.getCell(0).getNumericCellValue());
    assertEquals(78.40, first.getCell(3).getNumericCellValue(), 0.001);
    assertEquals(120000.00, first.getCell(AMOUNT).getNumericCellValue(), 0.001);
  }

  @Test
  void decisionsCarryTheirReasons() {
    assertTrue(strings().contains(SteeringCommitteeFixture.REASONS), "reasons in " + strings());
  }

  private void assertAmount(String label, double expected) {
    Row row = rowWith(0, label);
    Cell value = row.getCell(AMOUNT);
    assertEquals(CellType.NUMERIC, value.getCellType(), label + " is not a number cell");
    assertEquals(expected, value.getNumericCellValue(), 0.001, label);
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
    throw new AssertionError("no row with \"" + text + "\" in column " + column + ": " + strings());
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
