package org.quicksilver.funding.imports;

/**
 * A row after its checks: what the preview shows and, for a new row, the form the import saves.
 *
 * @param <F> the form a row becomes (a rate, a receipt)
 */
record Checked<F>(ImportRow report, F form) {
  boolean isNew() {
    return report.status() == RowStatus.NEW;
  }
}
