package org.quicksilver.security;

/** The role codes, as stored in table app_role. */
public final class Roles {
  public static final String ADMINISTRATOR = "administrator";
  public static final String FINANCE_OFFICER = "finance_officer";
  public static final String PROGRAMME_OFFICER = "programme_officer";
  public static final String COMMITTEE_CHAIR = "committee_chair";
  public static final String COMMITTEE_MEMBER = "committee_member";
  public static final String DONOR_VIEWER = "donor_viewer";

  private Roles() {}
}
