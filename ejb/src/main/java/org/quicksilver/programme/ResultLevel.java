package org.quicksilver.programme;

/** The two levels of an application's logical framework. */
public enum ResultLevel {
  OUTCOME,
  OUTPUT
}
