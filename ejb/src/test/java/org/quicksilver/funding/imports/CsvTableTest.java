package org.quicksilver.funding.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class CsvTableTest {
  private static Table read(String text) {
    return CsvTable.read(text.getBytes(StandardCharsets.UTF_8), 100);
  }

  @Test
  void commaSeparatedColumnsAreNamedInLowerCaseWhateverTheHeaderSays() {
    Table table = read("Currency, MONTH ,Units_Per_USD\r\nEUR,2018-07,0.85\r\n");

    assertEquals(List.of("currency", "month", "units_per_usd"), table.columns());
    assertEquals(
        Map.of("currency", "EUR", "month", "2018-07", "units_per_usd", "0.85"),
        table.rows().get(0).cells());
    assertEquals(2, table.rows().get(0).number(), "the header is row 1");
  }

  @Test
  void semicolonsSeparateFieldsWhenTheHeaderUsesThem() {
    Table table = read("currency;month;units_per_usd;source\nEUR;2018-07;0.85;UN, July 2018\n");

    assertEquals(4, table.columns().size());
    assertEquals("UN, July 2018", table.rows().get(0).cell("source"));
  }

  @Test
  void theByteOrderMarkExcelWritesIsNotPartOfTheFirstColumnsName() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    bytes.writeBytes("currency,month\nEUR,2018-07\n".getBytes(StandardCharsets.UTF_8));

    Table table = CsvTable.read(bytes.toByteArray(), 100);

    assertEquals(List.of("currency", "month"), table.columns());
    assertEquals("EUR", table.rows().get(0).cell("currency"));
  }

  @Test
  void quotedFieldsKeepTheirSeparatorsQuotesAndLineBreaksAndRowsAreNumberedByRecord() {
    Table table =
        read(
            "donor;bank_reference;rate_reason\n"
                + "\"Government of Japan\";\"JP;001\";\"Rate on the \"\"credit advice\"\"\"\n"
                + "European Union;\"EU\n002\";\n"
                + "European Union;EU-003;\n");

    TableRow first = table.rows().get(0);
    assertEquals("JP;001", first.cell("bank_reference"));
    assertEquals("Rate on the \"credit advice\"", first.cell("rate_reason"));
    assertEquals("EU\n002", table.rows().get(1).cell("bank_reference"));
    assertNull(table.rows().get(1).cell("rate_reason"), "a blank cell is absent");
    assertArrayEquals(
        new int[] {2, 3, 4}, table.rows().stream().mapToInt(TableRow::number).toArray());
  }

  @Test
  void blankLinesAndLinesOfSeparatorsAreSkippedButStillCountAsRows() {
    Table table = read("currency,month\n\nEUR,2018-07\n,\nCHF,2018-07\n");

    assertEquals(2, table.rows().size());
    assertEquals(3, table.rows().get(0).number());
    assertEquals(5, table.rows().get(1).number());
  }

  @Test
  void aFileThatIsNotUtf8IsRefusedRatherThanReadWithWrongLetters() {
    byte[] latin1 = "donor\nCôte d'Ivoire\n".getBytes(StandardCharsets.ISO_8859_1);

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> CsvTable.read(latin1, 100));

    assertEquals("funding.import.notUtf8", refused.messageKey());
  }

  @Test
  void anUnclosedQuoteIsRefusedWithTheLineItIsOn() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> read("currency,month\nEUR,2018-07\n\"CHF\"x,2018-07\n"));

    assertEquals("funding.import.malformedCsv", refused.messageKey());
    assertEquals(3L, refused.arguments()[0]);
  }

  @Test
  void aColumnNamedTwiceIsRefused() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> read("currency,Currency\nEUR,CHF\n"));

    assertEquals("funding.import.duplicateColumn", refused.messageKey());
    assertEquals("currency", refused.arguments()[0]);
  }

  @Test
  void oneRowMoreThanTheLimitRefusesTheFile() {
    String twoRows = "currency\nEUR\nCHF\n";
    assertEquals(2, CsvTable.read(twoRows.getBytes(StandardCharsets.UTF_8), 2).rows().size());

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> CsvTable.read((twoRows + "JPY\n").getBytes(StandardCharsets.UTF_8), 2));

    assertEquals("funding.import.tooManyRows", refused.messageKey());
    assertEquals(2, refused.arguments()[0]);
  }

  @Test
  void aFileWithNothingButBlankLinesHasNoHeader() {
    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> read("\n \n"));

    assertEquals("funding.import.noHeader", refused.messageKey());
  }
}
