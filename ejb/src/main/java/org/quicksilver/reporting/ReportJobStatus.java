package org.quicksilver.reporting;

/** Where a background report stands. */
public enum ReportJobStatus {
  /** Waiting: for a thread to run it, then for a fill slot of the {@link ReportEngine}. */
  QUEUED,
  /** Filling and exporting. */
  RUNNING,
  /** Kept in the register, ready to download. */
  DONE,
  /** Given up, with a message key saying why. */
  FAILED;

  public boolean finished() {
    return this == DONE || this == FAILED;
  }
}
