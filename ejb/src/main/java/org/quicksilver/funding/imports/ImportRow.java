package org.quicksilver.funding.imports;

import java.io.Serializable;
import java.util.List;

/**
 * A row of an imported file as the preview shows it: its number as a spreadsheet shows it (the
 * header is row 1), what it says, what the import does with it and, for a wrong row, why.
 */
public record ImportRow(int row, RowStatus status, String summary, List<ImportError> errors)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ImportRow {
    errors = List.copyOf(errors);
  }
}
