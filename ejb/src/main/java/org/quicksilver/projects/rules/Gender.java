package org.quicksilver.projects.rules;

/** As the participant states it; donors ask for the share of women trained. */
public enum Gender {
  FEMALE,
  MALE,
  OTHER,
  UNDISCLOSED
}
