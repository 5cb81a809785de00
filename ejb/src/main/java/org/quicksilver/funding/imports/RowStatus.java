package org.quicksilver.funding.imports;

/** What an import does with a row. */
public enum RowStatus {
  /** Correct and not saved yet: the import adds it. */
  NEW,
  /** Saved by an earlier import (or by hand) exactly so: the import skips it. */
  ALREADY_RECORDED,
  /** Wrong: nothing of the file can be imported until it is corrected. */
  ERROR
}
