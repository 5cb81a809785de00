package org.quicksilver.projects.rules;

/**
 * Why a person is at an activity; reports count those trained apart from those who trained them.
 */
public enum ParticipantRole {
  /** Sent by a Party or organisation to take part and learn. */
  DELEGATE,
  /** Trainer, speaker or expert who shares knowledge. */
  RESOURCE_PERSON,
  OBSERVER,
  /** Secretariat or partner staff running the activity. */
  ORGANISER
}
