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

  private Permissions() {}
}
