package org.quicksilver.web.export;

import java.util.List;

/**
 * Writes a table — one header row, then rows of values — as a CSV or an XLSX file.
 *
 * <p>A cell holds a {@link String}, a number ({@link java.math.BigDecimal}, {@link
 * java.math.BigInteger}, {@link Long}, {@link Integer}, {@link Short}, {@link Byte}), a {@link
 * java.time.LocalDate}, a {@link Boolean} or {@code null} (an empty cell); any other type, and a
 * row whose length differs from the headers', is refused with an {@link IllegalArgumentException}.
 * Money belongs in {@code BigDecimal}: {@code Double} and {@code Float} are refused, so that no
 * binary fraction reaches a file.
 *
 * <p>Text that a spreadsheet would run as a formula (beginning with {@code =}, {@code +}, {@code
 * -}, {@code @}, a tab or a carriage return) is written with a leading single quote; numbers, even
 * negative ones, stay numbers.
 */
public final class TableExport {
  /** The content type of {@link #csv}'s files. */
  public static final String CSV_CONTENT_TYPE = "text/csv; charset=UTF-8";

  /** The content type of {@link #xlsx}'s files. */
  public static final String XLSX_CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private TableExport() {}

  /**
   * A CSV file: UTF-8 with a byte order mark, RFC 4180 quoting, CRLF line ends. Numbers are plain
   * ({@code -1234.50}: '.' as decimal separator, no grouping), dates ISO ({@code 2025-03-31}),
   * booleans {@code true}/{@code false}, {@code null} an empty field.
   */
  public static byte[] csv(List<String> headers, Iterable<? extends List<?>> rows) {
    return CsvTable.write(headers, rows);
  }

  /**
   * An XLSX workbook of one sheet, written as a stream (a bounded number of rows in memory): bold
   * header row, frozen under the headers, columns as wide as their headers. Numbers are numeric
   * cells — a {@code BigDecimal} displayed with as many decimals as its scale ({@code #,##0.00} for
   * scale 2) — dates are date cells ({@code yyyy-mm-dd}), booleans boolean cells, {@code null} no
   * cell.
   *
   * @param sheetName the sheet's name; characters Excel refuses are replaced and it is cut to 31
   *     characters
   */
  public static byte[] xlsx(
      String sheetName, List<String> headers, Iterable<? extends List<?>> rows) {
    return XlsxTable.write(sheetName, headers, rows);
  }
}
