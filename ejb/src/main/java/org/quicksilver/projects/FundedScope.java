package org.quicksilver.projects;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthorizedException;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.security.DonorScope;
import org.quicksilver.security.Permissions;

/**
 * Which projects, activities and pilot projects the signed-in user may see: all of them with {@code
 * projects:read}; with only {@code projects:counts} (a donor viewer), what its own donor's money
 * paid for (see {@link Funded} for the rule). The services filter their lists with it in the
 * database, and answer a record outside it as they answer an id that does not exist, so ids cannot
 * be probed.
 */
@Stateless
public class FundedScope {
  @PersistenceContext private EntityManager em;
  @Inject private DonorScope donors;

  /** The current user's scope; refused to a user who may not read projects at all. */
  public Funded current() {
    var subject = SecurityUtils.getSubject();
    if (subject.isPermitted(Permissions.PROJECTS_READ)) {
      return Funded.everything();
    }
    if (!subject.isPermitted(Permissions.PROJECTS_COUNTS)) {
      throw new UnauthorizedException("No permission to see projects");
    }
    return Funded.byDonor(donors.ownDonor().orElse(null));
  }

  /** Refuses, as not found, an activity the user may not see (or that does not exist). */
  public void checkActivity(long activityId) {
    check("Activity", current().activity("x"), activityId);
  }

  /** Refuses, as not found, a project the user may not see (or that does not exist). */
  public void checkProject(long projectId) {
    check("Project", current().project("x"), projectId);
  }

  /** Refuses, as not found, a pilot project the user may not see (or that does not exist). */
  public void checkPilot(long pilotId) {
    check("PilotProject", current().pilot("x"), pilotId);
  }

  private void check(String entity, String visible, long id) {
    long found =
        em.createQuery(
                "select count(x) from " + entity + " x where x.id = :id and " + visible, Long.class)
            .setParameter("id", id)
            .getSingleResult();
    if (found == 0) {
      throw new RecordNotFoundException(id);
    }
  }
}
