package org.quicksilver.programme.rules;

/** Where one member stands with one application, as the chair follows it. */
public enum ScoringState {
  RECUSED,
  NOT_STARTED,
  DRAFT,
  SUBMITTED
}
