package org.quicksilver.funding.imports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.quicksilver.platform.InvalidInputException;

/**
 * Reads a CSV file: UTF-8 (with or without the byte order mark Excel writes), fields separated by
 * commas or, as spreadsheets set to a French or Spanish locale write them, by semicolons; quoted
 * fields as RFC 4180 has them. A record is a row, numbered as a spreadsheet numbers it.
 */
final class CsvTable {
  private static final char BYTE_ORDER_MARK = '\uFEFF';

  private CsvTable() {}

  static Table read(byte[] content, int maxRows) {
    String text = utf8(content);
    if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
      text = text.substring(1);
    }
    CSVFormat format =
        CSVFormat.RFC4180
            .builder()
            .setDelimiter(delimiter(text))
            .setIgnoreSurroundingSpaces(true)
            // empty lines stay records, so that row numbers match what a spreadsheet shows
            .setIgnoreEmptyLines(false)
            .get();
    TableBuilder table = new TableBuilder(maxRows);
    CSVParser parser = parser(text, format);
    try (parser) {
      for (CSVRecord record : parser) {
        table.add((int) record.getRecordNumber(), record.toList());
      }
    } catch (UncheckedIOException | IOException malformed) {
      // the lexer counts the line breaks behind it: the bad line is the one after them
      throw new InvalidInputException(
          "funding.import.malformedCsv", parser.getCurrentLineNumber() + 1);
    }
    return table.table();
  }

  /** The separator the header row uses: semicolons if it has more of them than commas. */
  static char delimiter(String text) {
    int end = text.indexOf('\n');
    String header = end < 0 ? text : text.substring(0, end);
    long semicolons = header.chars().filter(c -> c == ';').count();
    long commas = header.chars().filter(c -> c == ',').count();
    return semicolons > commas ? ';' : ',';
  }

  private static CSVParser parser(String text, CSVFormat format) {
    try {
      return CSVParser.parse(text, format);
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a String is read without input and output
    }
  }

  /**
   * Strict UTF-8: a file saved in another encoding is refused rather than read with wrong letters.
   */
  private static String utf8(byte[] content) {
    try {
      String text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(content))
              .toString();
      if (text.indexOf('\0') >= 0) {
        throw new InvalidInputException("funding.import.fileContent", ".csv");
      }
      return text;
    } catch (CharacterCodingException notUtf8) {
      throw new InvalidInputException("funding.import.notUtf8");
    }
  }
}
