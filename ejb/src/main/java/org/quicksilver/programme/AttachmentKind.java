package org.quicksilver.programme;

/** What an attached file is; the endorsement letter is on every round's checklist. */
public enum AttachmentKind {
  ENDORSEMENT_LETTER,
  PROJECT_FORM,
  BUDGET,
  OTHER
}
