package org.quicksilver.projects;

/** What kind of document an activity produced. */
public enum DeliverableKind {
  REPORT,
  TRAINING_MATERIAL,
  PUBLICATION,
  PRESENTATION,
  VIDEO,
  OTHER
}
