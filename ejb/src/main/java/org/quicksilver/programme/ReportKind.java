package org.quicksilver.programme;

/** The reports a grant agreement asks of the grantee. */
public enum ReportKind {
  PROGRESS,
  FINANCIAL,
  FINAL
}
