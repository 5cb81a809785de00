package org.quicksilver.funding.imports;

import java.io.Serializable;
import java.util.List;

/** Every row of a file with what importing it would do; nothing is saved by a preview. */
public record ImportPreview(List<ImportRow> rows) implements Serializable {
  private static final long serialVersionUID = 1L;

  public ImportPreview {
    rows = List.copyOf(rows);
  }

  public long count(RowStatus status) {
    return rows.stream().filter(r -> r.status() == status).count();
  }

  public long newRows() {
    return count(RowStatus.NEW);
  }

  public long alreadyRecorded() {
    return count(RowStatus.ALREADY_RECORDED);
  }

  public long withErrors() {
    return count(RowStatus.ERROR);
  }

  /** One wrong row stops the whole import. */
  public boolean hasErrors() {
    return withErrors() > 0;
  }
}
