package org.quicksilver.projects;

import jakarta.persistence.criteria.CommonAbstractCriteria;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.MapJoin;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import java.math.BigDecimal;
import org.quicksilver.funding.Allocation;

/**
 * Which projects, activities and pilot projects a user may see, as conditions the database checks
 * (one {@code exists} subquery each, never a list filtered in Java). Everything for whoever reads
 * projects; for a donor viewer, what its donor's money paid for:
 *
 * <ul>
 *   <li>an activity, if an allocation that names it (target kind {@code ACTIVITY}) has a share of
 *       the donor's, or if it belongs to a project of the donor's;
 *   <li>a project, if the donor is its donor, or if one of its activities is paid from an
 *       allocation with a share of the donor's, or one of its pilot projects from one (target kind
 *       {@code PILOT});
 *   <li>a pilot project, if an allocation that names it has a share of the donor's, or if its
 *       project is visible.
 * </ul>
 *
 * A donor viewer tied to no donor sees nothing. The donor's id is a number read from the database,
 * written into the query as a literal, so a fragment needs no parameter bound (and none can be
 * forgotten).
 *
 * @see FundedScope
 */
public final class Funded {
  static final String ACTIVITY = "ACTIVITY";
  static final String PILOT = "PILOT";

  private static final Funded ALL = new Funded(true, null);
  private static final Funded NOTHING = new Funded(false, null);

  private final boolean all;
  private final Long donorId;

  private Funded(boolean all, Long donorId) {
    this.all = all;
    this.donorId = donorId;
  }

  /** No restriction. */
  public static Funded everything() {
    return ALL;
  }

  /** What the donor's money paid for; nothing at all for a null donor. */
  public static Funded byDonor(Long donorId) {
    return donorId == null ? NOTHING : new Funded(false, donorId);
  }

  public boolean isEverything() {
    return all;
  }

  /** JPQL: the activity of alias {@code a} is visible. */
  public String activity(String a) {
    if (all || donorId == null) {
      return everyOrNone();
    }
    String tag = tag(a);
    return "(" + paid(ACTIVITY, a + ".id", tag) + " or " + own(a + ".project.id", tag) + ")";
  }

  /** JPQL: the project of alias {@code p} is visible. */
  public String project(String p) {
    return projectById(p + ".id", tag(p));
  }

  /** JPQL: the pilot project of alias {@code pp} is visible. */
  public String pilot(String pp) {
    if (all || donorId == null) {
      return everyOrNone();
    }
    String tag = tag(pp);
    return "("
        + paid(PILOT, pp + ".id", tag)
        + " or "
        + projectById(pp + ".project.id", tag + "_pr")
        + ")";
  }

  private String projectById(String id, String tag) {
    if (all || donorId == null) {
      return everyOrNone();
    }
    String a = tag + "_a";
    String pp = tag + "_pp";
    return "("
        + own(id, tag)
        + " or exists (select "
        + a
        + ".id from Activity "
        + a
        + " where "
        + a
        + ".project.id = "
        + id
        + " and "
        + paid(ACTIVITY, a + ".id", a)
        + ") or exists (select "
        + pp
        + ".id from PilotProject "
        + pp
        + " where "
        + pp
        + ".project.id = "
        + id
        + " and "
        + paid(PILOT, pp + ".id", pp)
        + "))";
  }

  /** An allocation naming the record has a share of the donor's. */
  private String paid(String kind, String id, String tag) {
    String al = tag + "_al";
    String s = tag + "_s";
    return "exists (select "
        + al
        + ".id from Allocation "
        + al
        + " join "
        + al
        + ".shares "
        + s
        + " where "
        + al
        + ".targetKind = '"
        + kind
        + "' and "
        + al
        + ".targetId = "
        + id
        + " and key("
        + s
        + ") = "
        + donorId
        + ")";
  }

  /** The project is the donor's. */
  private String own(String projectId, String tag) {
    String p = tag + "_own";
    return projectId
        + " in (select "
        + p
        + ".id from Project "
        + p
        + " where "
        + p
        + ".donor.id = "
        + donorId
        + ")";
  }

  private String everyOrNone() {
    return all ? "1 = 1" : "1 = 0";
  }

  private static String tag(String alias) {
    return "f_" + alias.replaceAll("[^A-Za-z0-9]", "_");
  }

  /** Criteria: the project of {@code root} is visible (the same rule as {@link #project}). */
  public Predicate project(Root<Project> root, CommonAbstractCriteria query, CriteriaBuilder cb) {
    if (all) {
      return cb.conjunction();
    }
    if (donorId == null) {
      return cb.disjunction();
    }
    Subquery<Long> activities = query.subquery(Long.class);
    Root<Activity> a = activities.from(Activity.class);
    activities
        .select(a.get("id"))
        .where(
            cb.equal(a.get("project").get("id"), root.get("id")),
            paid(ACTIVITY, a.get("id"), activities, cb));
    Subquery<Long> pilots = query.subquery(Long.class);
    Root<PilotProject> pp = pilots.from(PilotProject.class);
    pilots
        .select(pp.get("id"))
        .where(
            cb.equal(pp.get("project").get("id"), root.get("id")),
            paid(PILOT, pp.get("id"), pilots, cb));
    return cb.or(
        cb.equal(root.get("donor").get("id"), donorId), cb.exists(activities), cb.exists(pilots));
  }

  private Predicate paid(
      String kind, Expression<Long> id, Subquery<Long> outer, CriteriaBuilder cb) {
    Subquery<Long> allocations = outer.subquery(Long.class);
    Root<Allocation> al = allocations.from(Allocation.class);
    MapJoin<Allocation, Long, BigDecimal> s = al.joinMap("shares");
    allocations
        .select(al.get("id"))
        .where(
            cb.equal(al.get("targetKind"), kind),
            cb.equal(al.get("targetId"), id),
            cb.equal(s.key(), donorId));
    return cb.exists(allocations);
  }

  @Override
  public String toString() {
    return all ? "everything" : donorId == null ? "nothing" : "funded by donor " + donorId;
  }
}
