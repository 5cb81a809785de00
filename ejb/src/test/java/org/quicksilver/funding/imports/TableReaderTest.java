package org.quicksilver.funding.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicksilver.platform.InvalidInputException;

class TableReaderTest {
  private static final Set<FileKind> BOTH = Set.of(FileKind.CSV, FileKind.XLSX);
  private static final byte[] RATES =
      "currency,month,units_per_usd\nEUR,2018-07,0.85\n".getBytes(StandardCharsets.UTF_8);

  @Test
  void aCsvFileWithTheColumnsNeededIsRead() {
    Table table = TableReader.read(RATES, "Rates 2018.CSV", BOTH, RateLine.REQUIRED);

    assertEquals(1, table.rows().size());
  }

  @Test
  void anXlsxFileIsToldByItsNameAndItsContent() throws IOException {
    byte[] file;
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      workbook.createSheet().createRow(0).createCell(0).setCellValue("currency");
      workbook.getSheetAt(0).createRow(1).createCell(0).setCellValue("EUR");
      file = XlsxTableTest.bytes(workbook);
    }

    Table table = TableReader.read(file, "statement.xlsx", BOTH, List.of("currency"));

    assertEquals("EUR", table.rows().get(0).cell("currency"));
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedBeforeItIsRead() {
    byte[] large = Arrays.copyOf(RATES, TableReader.MAX_BYTES + 1);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> TableReader.read(large, "rates.csv", BOTH, RateLine.REQUIRED));

    assertEquals("funding.import.tooLarge", refused.messageKey());
    assertArrayEquals(new Object[] {5}, refused.arguments());
  }

  @ParameterizedTest
  @ValueSource(strings = {"rates.txt", "rates", "rates.csv.exe", "rates.xls"})
  void anotherExtensionIsRefusedNamingTheOnesAccepted(String fileName) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> TableReader.read(RATES, fileName, BOTH, RateLine.REQUIRED));

    assertEquals("funding.import.fileType", refused.messageKey());
    assertArrayEquals(new Object[] {".csv, .xlsx"}, refused.arguments());
  }

  @Test
  void anExtensionTheImportDoesNotTakeIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> TableReader.read(RATES, "rates.xlsx", Set.of(FileKind.CSV), RateLine.REQUIRED));

    assertEquals("funding.import.fileType", refused.messageKey());
    assertArrayEquals(new Object[] {".csv"}, refused.arguments());
  }

  @Test
  void textNamedXlsxIsRefusedByItsContent() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> TableReader.read(RATES, "rates.xlsx", BOTH, RateLine.REQUIRED));

    assertEquals("funding.import.fileContent", refused.messageKey());
    assertArrayEquals(new Object[] {".xlsx"}, refused.arguments());
  }

  @Test
  void aZipArchiveNamedCsvIsRefusedByItsContent() {
    byte[] zip = {'P', 'K', 3, 4, 'c', 'u', 'r', 'r', 'e', 'n', 'c', 'y'};

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> TableReader.read(zip, "rates.csv", BOTH, RateLine.REQUIRED));

    assertEquals("funding.import.fileContent", refused.messageKey());
    assertArrayEquals(new Object[] {".csv"}, refused.arguments());
  }

  @Test
  void binaryContentNamedCsvIsRefused() {
    byte[] binary = {'c', 'u', 'r', 0, 1, 2, '\n'};

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> TableReader.read(binary, "rates.csv", BOTH, List.of("cur")));

    assertEquals("funding.import.fileContent", refused.messageKey());
  }

  @Test
  void theColumnsMissingFromTheHeaderAreNamed() {
    byte[] noRate = "Currency;Source\nEUR;UN\n".getBytes(StandardCharsets.UTF_8);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> TableReader.read(noRate, "rates.csv", BOTH, RateLine.REQUIRED));

    assertEquals("funding.import.missingColumns", refused.messageKey());
    assertArrayEquals(new Object[] {"month, units_per_usd"}, refused.arguments());
  }

  @Test
  void aHeaderWithoutRowsIsRefused() {
    byte[] headerOnly = "currency,month,units_per_usd\n\n".getBytes(StandardCharsets.UTF_8);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> TableReader.read(headerOnly, "rates.csv", BOTH, RateLine.REQUIRED));

    assertEquals("funding.import.empty", refused.messageKey());
  }

  @Test
  void noFileAtAllIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> TableReader.read(new byte[0], "rates.csv", BOTH, RateLine.REQUIRED));

    assertEquals("funding.import.noFile", refused.messageKey());
  }
}
