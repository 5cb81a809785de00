package org.quicksilver.funding.imports;

import java.util.List;
import java.util.Set;
import org.quicksilver.platform.InvalidInputException;

/**
 * Reads an uploaded file into a table within the limits that keep the server and the database safe
 * (size, rows), after checking its type, and refuses it whole if its header lacks a column the
 * import needs: rows are checked one by one only once the file itself is right.
 */
final class TableReader {
  static final int MAX_BYTES = 5 * 1024 * 1024;
  static final int MAX_ROWS = 20_000;

  private TableReader() {}

  static Table read(
      byte[] content, String fileName, Set<FileKind> accepted, List<String> requiredColumns) {
    if (content == null || content.length == 0) {
      throw new InvalidInputException("funding.import.noFile");
    }
    if (content.length > MAX_BYTES) {
      throw new InvalidInputException("funding.import.tooLarge", MAX_BYTES / (1024 * 1024));
    }
    Table table =
        switch (FileKind.of(fileName, content, accepted)) {
          case CSV -> CsvTable.read(content, MAX_ROWS);
          case XLSX -> XlsxTable.read(content, MAX_ROWS);
        };
    List<String> missing =
        requiredColumns.stream().filter(c -> !table.columns().contains(c)).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException("funding.import.missingColumns", String.join(", ", missing));
    }
    if (table.rows().isEmpty()) {
      throw new InvalidInputException("funding.import.empty");
    }
    return table;
  }
}
