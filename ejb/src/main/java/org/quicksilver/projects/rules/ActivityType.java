package org.quicksilver.projects.rules;

/**
 * What kind of capacity-building work an activity is. The kind decides what it needs: an event
 * brings people together, in a place or online, so it needs a venue; a product (training material,
 * a lessons-learned publication) or field work (a pilot project, a needs assessment) is delivered
 * over a period and has no venue. Every kind needs dates: for a product they are the period it is
 * produced in, and its end is the day it is delivered.
 */
public enum ActivityType {
  REGIONAL_WORKSHOP(Form.EVENT),
  SUBREGIONAL_WORKSHOP(Form.EVENT),
  TRAINING_MATERIAL(Form.PRODUCT),
  WEBINAR(Form.ONLINE_EVENT),
  NATIONAL_PILOT_PROJECT(Form.FIELD_WORK),
  LESSONS_LEARNED_DISSEMINATION(Form.PRODUCT),
  NEEDS_ASSESSMENT(Form.FIELD_WORK),
  REGIONAL_CONSULTATION(Form.EVENT),
  COMMITTEE_OR_BUREAU_MEETING(Form.EVENT),
  EXPERT_GROUP_MEETING(Form.EVENT),
  CONFERENCE(Form.EVENT);

  private enum Form {
    EVENT,
    ONLINE_EVENT,
    PRODUCT,
    FIELD_WORK
  }

  private final Form form;

  ActivityType(Form form) {
    this.form = form;
  }

  /** People meet, so it has participants and needs a venue, or "online", before it is confirmed. */
  public boolean isEvent() {
    return form == Form.EVENT || form == Form.ONLINE_EVENT;
  }

  /** A webinar has no room to book: its only venue is online. */
  public boolean isOnlineOnly() {
    return form == Form.ONLINE_EVENT;
  }

  /** Something delivered (materials, publications) rather than held; it never has a venue. */
  public boolean isProduct() {
    return form == Form.PRODUCT;
  }

  public boolean needsVenue() {
    return isEvent();
  }
}
