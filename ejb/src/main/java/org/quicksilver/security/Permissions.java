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

  /** Everything of the programme, read only (staff). */
  public static final String PROGRAMME_READ = "programme:read";

  /** Rounds, applications, screening, meetings and grants (programme officers). */
  public static final String PROGRAMME_MANAGE = "programme:manage";

  /** Recording the committee's decisions (the chair, with the secretariat). */
  public static final String PROGRAMME_DECIDE = "programme:decide";

  /** Grants and their disbursements, read only (finance officers). */
  public static final String PROGRAMME_GRANTS = "programme:grants";

  /** Scoring the applications one is not recused from (committee members and chair). */
  public static final String PROGRAMME_SCORE = "programme:score";

  /** The chair's view of the committee's progress. */
  public static final String PROGRAMME_CHAIR = "programme:chair";

  /** A donor viewer's: approved grants only. */
  public static final String PROGRAMME_APPROVED = "programme:approved";

  /** A donor viewer's: their own donor's contributions only. */
  public static final String FUNDING_OWN = "funding:own";

  /** Projects, activities, participants' names and pilot projects, read only (staff). */
  public static final String PROJECTS_READ = "projects:read";

  /** Planning and following projects, activities, participants and pilots (programme officers). */
  public static final String PROJECTS_MANAGE = "projects:manage";

  /** A donor viewer's: projects and activities with participant counts, never names. */
  public static final String PROJECTS_COUNTS = "projects:counts";

  private Permissions() {}
}
