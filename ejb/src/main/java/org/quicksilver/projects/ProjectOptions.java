package org.quicksilver.projects;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.funding.Option;
import org.quicksilver.reference.CountryOption;
import org.quicksilver.security.Permissions;

/** The choices the projects' forms and filters offer. */
@Stateless
public class ProjectOptions {
  @PersistenceContext private EntityManager em;
  @Inject private FundedScope scope;

  /** The projects the user may see (a donor viewer: those its donor's money paid for). */
  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public List<Option> projects() {
    return em.createQuery(
            "select new org.quicksilver.funding.Option(p.id, concat(p.code, ' · ', p.title))"
                + " from Project p where "
                + scope.current().project("p")
                + " order by p.code",
            Option.class)
        .getResultList();
  }

  /** A project's outputs, which its activities may serve. */
  @RequiresPermissions(Permissions.PROJECTS_READ)
  public List<Option> outputs(long projectId) {
    return em.createQuery(
            "select new org.quicksilver.funding.Option(r.id, concat(r.code, ' · ', r.description))"
                + " from ProjectResult r where r.project.id = :p"
                + " and r.level = org.quicksilver.programme.ResultLevel.OUTPUT"
                + " order by r.position, r.code",
            Option.class)
        .setParameter("p", projectId)
        .getResultList();
  }

  @RequiresPermissions(Permissions.PROJECTS_READ)
  public List<CountryOption> countries() {
    return em.createQuery(
            "select new org.quicksilver.reference.CountryOption(c.id, c.isoCode, c.nameEn)"
                + " from Country c order by c.nameEn",
            CountryOption.class)
        .getResultList();
  }

  @RequiresPermissions(Permissions.PROJECTS_READ)
  public List<Option> organisations() {
    return em.createQuery(
            "select new org.quicksilver.funding.Option(o.id, o.name) from Organisation o"
                + " order by o.name",
            Option.class)
        .getResultList();
  }

  /** Earmarks that can pay for activities and travel, as "fund · earmark". */
  @RequiresPermissions(Permissions.PROJECTS_READ)
  public List<Option> earmarks() {
    return em.createQuery(
            "select new org.quicksilver.funding.Option(e.id, concat(f.code, ' · ', e.nameEn))"
                + " from Earmark e join e.fund f order by f.code, e.code",
            Option.class)
        .getResultList();
  }
}
