package org.quicksilver.programme.rules;

/** The reports a grant agreement asks of the grantee. */
public enum ReportKind {
  PROGRESS,
  FINANCIAL,
  FINAL
}
