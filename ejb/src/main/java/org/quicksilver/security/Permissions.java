package org.quicksilver.security;

/**
 * The permission strings the services check. Which role holds which is data (table
 * role_permission), so an administrator can read it and a migration can change it.
 */
public final class Permissions {
  public static final String REFERENCE_READ = "reference:read";
  public static final String REFERENCE_WRITE = "reference:write";
  public static final String REFERENCE_REPORT = "reference:report";
  public static final String USERS_MANAGE = "users:manage";
  public static final String FUNDING_READ = "funding:read";
  public static final String FUNDING_WRITE = "funding:write";

  /** A donor viewer's: their own donor's contributions only. */
  public static final String FUNDING_OWN = "funding:own";

  private Permissions() {}
}
