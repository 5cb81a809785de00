package org.quicksilver.projects;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.funding.Earmark;
import org.quicksilver.platform.Records;
import org.quicksilver.reference.Country;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Permissions;

/**
 * Who took part in an activity. Names are for the secretariat ({@code projects:read}); a donor
 * viewer ({@code projects:counts}) gets counts by region, country, gender and role, and a call for
 * the names is refused here, whatever the page shows.
 */
@Stateless
public class ParticipantService {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private FundedScope scope;

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public long register(long activityId, @NotNull @Valid ParticipantForm form) {
    var participant =
        new Participant(
            Records.find(em, Activity.class, activityId),
            Records.find(em, Country.class, form.getCountryId()),
            form.getOrganisationName(),
            form.getGender(),
            form.getRole(),
            form.getTravelEarmarkId() == null
                ? null
                : Records.find(em, Earmark.class, form.getTravelEarmarkId()),
            form.getFullName(),
            CurrentUser.username(),
            Instant.now(clock));
    em.persist(participant);
    em.flush();
    return participant.getId();
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void remove(long participantId) {
    Participant participant = Records.find(em, Participant.class, participantId);
    participant.getActivity().checkNotFinal();
    em.remove(participant);
    em.flush();
  }

  /** The participants with their names: staff only, never a donor viewer. */
  @RequiresPermissions(Permissions.PROJECTS_READ)
  public List<ParticipantRow> participants(long activityId) {
    return em.createQuery(
            "select new org.quicksilver.projects.ParticipantRow(p.id, p.fullName, c.nameEn,"
                + " p.organisationName, p.gender, p.role, f.code, e.code)"
                + " from Participant p join p.country c left join p.earmark e left join e.fund f"
                + " where p.activity.id = :id order by c.nameEn, p.fullName, p.id",
            ParticipantRow.class)
        .setParameter("id", activityId)
        .getResultList();
  }

  /**
   * Counts only: what a donor viewer may see of an activity's participants, for an activity its
   * donor's money paid for (another is not found).
   */
  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public ParticipantCounts totals(long activityId) {
    scope.checkActivity(activityId);
    return Participations.ofActivity(em, activityId);
  }

  /**
   * Counts over every activity of a project that was not cancelled; for a donor viewer, over those
   * its donor's money paid for.
   */
  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public ParticipantCounts projectTotals(long projectId) {
    scope.checkProject(projectId);
    return Participations.ofProject(em, projectId, scope.current());
  }
}
