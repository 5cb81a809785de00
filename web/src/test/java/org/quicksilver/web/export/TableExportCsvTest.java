package org.quicksilver.web.export;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TableExportCsvTest {
  private static final List<String> HEADERS =
      List.of("Text", "Amount EUR", "Amount JPY", "Date", "Active", "Note");

  /** One row of each kind of value, the dangerous strings among them. */
  private static final List<List<Object>> ROWS =
      List.of(
          row("=SUM(A1:A2)", new BigDecimal("-1234.50"), new BigDecimal("1000000"), date(), true),
          row("+1", new BigDecimal("0.05"), 42L, date(), false),
          row("-1", new BigDecimal("1E+3"), 7, null, null),
          row("@cmd", null, BigInteger.TEN.pow(20), null, null),
          row("\tx", null, null, null, null),
          row("\rx", null, null, null, null),
          row("Côte d’Ivoire", null, null, null, null),
          row("€ 100", null, null, null, null));

  @Test
  void startsWithTheUtf8ByteOrderMark() {
    byte[] csv = TableExport.csv(HEADERS, ROWS);

    assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
    assertEquals('T', (char) csv[3], "the headers follow the mark at once");
  }

  @Test
  void endsEveryRecordWithCrlf() {
    String text = text(TableExport.csv(List.of("A", "B"), List.of(List.of("x", "y"))));

    assertEquals("A,B\r\nx,y\r\n", text);
  }

  @Test
  void keepsAccentsAndTheEuroSignInUtf8() throws IOException {
    List<CSVRecord> records = parse(TableExport.csv(HEADERS, ROWS));

    assertEquals("Côte d’Ivoire", records.get(7).get(0));
    assertEquals("€ 100", records.get(8).get(0));
  }

  @Test
  void writesTheDangerousStringsWithALeadingQuote() throws IOException {
    List<CSVRecord> records = parse(TableExport.csv(HEADERS, ROWS));

    assertEquals("'=SUM(A1:A2)", records.get(1).get(0));
    assertEquals("'+1", records.get(2).get(0));
    assertEquals("'-1", records.get(3).get(0));
    assertEquals("'@cmd", records.get(4).get(0));
    assertEquals("'\tx", records.get(5).get(0));
    assertEquals("'\rx", records.get(6).get(0));
  }

  @ParameterizedTest
  @ValueSource(strings = {"=SUM(A1:A2)", "+1", "-1", "@cmd", "\tx", "\rx"})
  void neverStartsAFieldWithAFormulaCharacter(String dangerous) {
    String text = text(TableExport.csv(List.of("A", "B"), List.of(List.of("a", dangerous))));

    assertTrue(
        text.contains(",'" + dangerous) || text.contains(",\"'" + dangerous + "\""),
        () -> "written as " + text);
  }

  @Test
  void neutralisesHeadersToo() throws IOException {
    List<CSVRecord> records = parse(TableExport.csv(List.of("=HYPERLINK(\"x\")", "-"), List.of()));

    assertEquals(List.of("'=HYPERLINK(\"x\")", "'-"), records.get(0).toList());
  }

  @Test
  void writesNumbersPlainAndUnquoted() throws IOException {
    byte[] csv = TableExport.csv(HEADERS, ROWS);
    String text = text(csv);
    List<CSVRecord> records = parse(csv);

    assertTrue(text.contains(",-1234.50,1000000,"), () -> "written as " + text);
    assertEquals("-1234.50", records.get(1).get(1));
    assertEquals("1000000", records.get(1).get(2));
    assertEquals("0.05", records.get(2).get(1));
    assertEquals("42", records.get(2).get(2));
    assertEquals("1000", records.get(3).get(1), "no exponent");
    assertEquals("7", records.get(3).get(2));
    assertEquals("100000000000000000000", records.get(4).get(2));
    assertFalse(text.contains("'-1234"), "a negative number is not neutralised");
  }

  @Test
  void writesIsoDatesBooleansAndEmptyFieldsForNull() throws IOException {
    List<CSVRecord> records = parse(TableExport.csv(HEADERS, ROWS));

    assertEquals("2025-03-31", records.get(1).get(3));
    assertEquals("true", records.get(1).get(4));
    assertEquals("false", records.get(2).get(4));
    assertEquals("", records.get(1).get(5));
    assertEquals("", records.get(3).get(3));
  }

  @Test
  void quotesDelimitersQuotesAndLineBreaksTheRfc4180Way() throws IOException {
    List<Object> values = List.of("a,b", "say \"hi\"", "two\nlines");
    byte[] csv = TableExport.csv(List.of("A", "B", "C"), List.of(values));

    assertEquals("A,B,C\r\n\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\"\r\n", text(csv));
    assertEquals(values, parse(csv).get(1).toList());
  }

  @Test
  void refusesARowThatDoesNotMatchTheHeaders() {
    IllegalArgumentException refusal =
        assertThrows(
            IllegalArgumentException.class,
            () -> TableExport.csv(List.of("A", "B"), List.of(List.of("x", "y"), List.of("z"))));

    assertEquals("Row 2 has 1 cells for 2 headers", refusal.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"double", "date-time", "object"})
  void refusesValuesOfOtherTypes(String kind) {
    Object value =
        switch (kind) {
          case "double" -> 1.5d;
          case "date-time" -> LocalDateTime.of(2025, 3, 31, 12, 0);
          default -> new Object();
        };

    IllegalArgumentException refusal =
        assertThrows(
            IllegalArgumentException.class,
            () -> TableExport.csv(List.of("A"), List.of(List.of(value))));
    assertTrue(refusal.getMessage().endsWith(value.getClass().getName()));
  }

  private static List<Object> row(
      String text, Object eur, Object jpy, LocalDate date, Boolean active) {
    return Arrays.asList(text, eur, jpy, date, active, null);
  }

  private static LocalDate date() {
    return LocalDate.of(2025, 3, 31);
  }

  private static String text(byte[] csv) {
    assertArrayEquals(CsvTable.UTF8_BOM, Arrays.copyOf(csv, 3));
    return new String(csv, 3, csv.length - 3, UTF_8);
  }

  private static List<CSVRecord> parse(byte[] csv) throws IOException {
    try (CSVParser parser = CSVParser.parse(new StringReader(text(csv)), CSVFormat.RFC4180)) {
      return parser.getRecords();
    }
  }
}
