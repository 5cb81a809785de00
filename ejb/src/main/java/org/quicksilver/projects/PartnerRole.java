package org.quicksilver.projects;

/** What a partner organisation does for an activity. */
public enum PartnerRole {
  CO_ORGANISER,
  HOST,
  LOGISTICS,
  FUNDER
}
