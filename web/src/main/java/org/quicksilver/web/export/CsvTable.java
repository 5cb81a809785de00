package org.quicksilver.web.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes a table as CSV: UTF-8 with a byte order mark, RFC 4180 quoting, CRLF line ends. */
final class CsvTable {
  /** The UTF-8 byte order mark, by which Excel recognises UTF-8 (accents, €). */
  static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private CsvTable() {}

  static byte[] write(List<String> headers, Iterable<? extends List<?>> rows) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes(UTF8_BOM);
    try (CSVPrinter printer =
        new CSVPrinter(new OutputStreamWriter(bytes, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
      printer.printRecord(texts(headers));
      int rowNumber = 1;
      for (List<?> row : rows) {
        CellValues.requireWidth(row, rowNumber++, headers.size());
        printer.printRecord(texts(row));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
    }
    return bytes.toByteArray();
  }

  private static List<String> texts(List<?> values) {
    List<String> texts = new ArrayList<>(values.size());
    for (Object value : values) {
      texts.add(text(value));
    }
    return texts;
  }

  /** A value as CSV text; {@code null} for an empty field. */
  private static String text(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof String) {
      return FormulaInjection.neutralise((String) value);
    }
    if (CellValues.isDecimal(value)) {
      return ((BigDecimal) value).toPlainString();
    }
    if (CellValues.isWholeNumber(value) || value instanceof Boolean) {
      return value.toString();
    }
    if (value instanceof LocalDate) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format((LocalDate) value);
    }
    throw CellValues.unsupported(value);
  }
}
