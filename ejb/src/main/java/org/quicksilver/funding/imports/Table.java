package org.quicksilver.funding.imports;

import java.util.List;

/** What was read from a file: the column names of its header row (lower case) and its rows. */
record Table(List<String> columns, List<TableRow> rows) {
  Table {
    columns = List.copyOf(columns);
    rows = List.copyOf(rows);
  }
}
