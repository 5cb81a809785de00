package org.quicksilver.programme.rules;

/** A score sheet is a private draft until its member submits it; then it is final. */
public enum SheetStatus {
  DRAFT,
  SUBMITTED
}
