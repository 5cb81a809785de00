package org.quicksilver.funding.imports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A row as read from a file: its number as a spreadsheet shows it (the header is row 1) and its
 * cells by column name. A cell holds text, or a number or a date when an XLSX cell says so; a blank
 * cell is absent.
 */
record TableRow(int number, Map<String, Object> cells) {
  TableRow {
    cells = Map.copyOf(cells);
  }

  Object cell(String column) {
    return cells.get(column);
  }

  /** What the row says, in the given columns' order, for a person to recognise it. */
  String summary(List<String> columns) {
    return columns.stream()
        .map(this::cell)
        .filter(Objects::nonNull)
        .map(TableRow::text)
        .collect(Collectors.joining(" · "));
  }

  /** A cell as the person typed it: numbers without exponent, dates as YYYY-MM-DD. */
  static String text(Object value) {
    if (value instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (value instanceof LocalDate date) {
      return date.toString();
    }
    return value.toString();
  }
}
