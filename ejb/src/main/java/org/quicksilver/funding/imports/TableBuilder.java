package org.quicksilver.funding.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.quicksilver.platform.InvalidInputException;

/**
 * Gathers the rows a reader finds into a table: the first row that is not blank is the header,
 * blank rows are skipped, and a file with too many rows is refused as soon as it has one too many.
 */
final class TableBuilder {
  private final int maxRows;
  private List<String> columns;
  private final List<TableRow> rows = new ArrayList<>();

  TableBuilder(int maxRows) {
    this.maxRows = maxRows;
  }

  /** A row of cells in column order: text, numbers and dates, null for a blank cell. */
  void add(int number, List<?> values) {
    if (values.stream().allMatch(TableBuilder::isBlank)) {
      return;
    }
    if (columns == null) {
      columns = header(values);
      return;
    }
    if (rows.size() == maxRows) {
      throw new InvalidInputException("funding.import.tooManyRows", maxRows);
    }
    Map<String, Object> cells = new HashMap<>();
    for (int i = 0; i < Math.min(values.size(), columns.size()); i++) {
      Object value = values.get(i);
      if (!columns.get(i).isEmpty() && !isBlank(value)) {
        cells.put(columns.get(i), value instanceof String text ? text.trim() : value);
      }
    }
    rows.add(new TableRow(number, cells));
  }

  Table table() {
    if (columns == null) {
      throw new InvalidInputException("funding.import.noHeader");
    }
    return new Table(columns, rows);
  }

  /** Column names ignore case and surrounding spaces; a column without a name is ignored. */
  private static List<String> header(List<?> values) {
    List<String> names = new ArrayList<>();
    for (Object value : values) {
      String name = isBlank(value) ? "" : TableRow.text(value).trim().toLowerCase(Locale.ROOT);
      if (!name.isEmpty() && names.contains(name)) {
        throw new InvalidInputException("funding.import.duplicateColumn", name);
      }
      names.add(name);
    }
    return names;
  }

  private static boolean isBlank(Object value) {
    return value == null || (value instanceof String text && text.isBlank());
  }
}
