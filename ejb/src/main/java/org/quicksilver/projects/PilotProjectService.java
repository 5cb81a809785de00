package org.quicksilver.projects;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.ConcurrentChangeException;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.platform.Records;
import org.quicksilver.platform.Saves;
import org.quicksilver.projects.rules.Milestone;
import org.quicksilver.projects.rules.PilotProjectStatus;
import org.quicksilver.reference.Country;
import org.quicksilver.reference.Organisation;
import org.quicksilver.security.Permissions;

/**
 * National pilot projects: the list with open and overdue milestones counted, a pilot's milestones
 * flagged overdue as of today, milestone completion, status moves with reasons, results and lessons
 * learned.
 *
 * <p>A donor viewer ({@code projects:counts}) lists and opens only the pilot projects its donor's
 * money paid for, or those of a project it paid for ({@link FundedScope}); another is not found.
 */
@Stateless
public class PilotProjectService {
  private static final Map<String, String> SORTS =
      Map.of(
          "title", "pp.title",
          "countryName", "c.nameEn",
          "status", "pp.status",
          "budgetUsd", "pp.budgetUsd",
          "projectCode", "p.code");

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private FundedScope scope;

  /** Filters: projectId, status, title (contains), countryName (contains). */
  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public List<PilotRow> list(@NotNull PageQuery query) {
    Map<String, Object> params = new HashMap<>();
    String where = where(query.filters(), params, scope.current());
    String sort = query.sortField() == null ? null : SORTS.get(query.sortField());
    String order =
        sort == null
            ? " order by p.code, c.nameEn, pp.id"
            : " order by " + sort + (query.ascending() ? " asc" : " desc") + ", pp.id";
    TypedQuery<PilotRow> rows =
        em.createQuery(PilotQueries.ROW + where + order, PilotRow.class)
            .setParameter("today", LocalDate.now(clock))
            .setFirstResult(query.first())
            .setMaxResults(query.size());
    params.forEach(rows::setParameter);
    return rows.getResultList();
  }

  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public long count(@NotNull Map<String, String> filters) {
    Map<String, Object> params = new HashMap<>();
    TypedQuery<Long> count =
        em.createQuery(
            "select count(pp) from PilotProject pp join pp.project p join pp.country c"
                + where(filters, params, scope.current()),
            Long.class);
    params.forEach(count::setParameter);
    return count.getSingleResult();
  }

  /** The filters' conditions, within the scope; a value that does not parse matches nothing. */
  private static String where(
      Map<String, String> filters, Map<String, Object> params, Funded funded) {
    List<String> terms = new ArrayList<>();
    if (!funded.isEverything()) {
      terms.add(funded.pilot("pp"));
    }
    filters.forEach(
        (name, raw) -> {
          if (raw == null || raw.isBlank()) {
            return;
          }
          String value = raw.strip();
          try {
            switch (name) {
              case "projectId" -> {
                terms.add("p.id = :projectId");
                params.put("projectId", Long.valueOf(value));
              }
              case "status" -> {
                terms.add("pp.status = :status");
                params.put("status", PilotProjectStatus.valueOf(value));
              }
              case "title" -> {
                terms.add("lower(pp.title) like :title");
                params.put("title", "%" + value.toLowerCase(Locale.ROOT) + "%");
              }
              case "countryName" -> {
                terms.add("lower(c.nameEn) like :country");
                params.put("country", "%" + value.toLowerCase(Locale.ROOT) + "%");
              }
              default -> {
                // not a filter of this list
              }
            }
          } catch (IllegalArgumentException unreadable) {
            terms.add("1 = 0");
          }
        });
    return terms.isEmpty() ? "" : " where " + String.join(" and ", terms);
  }

  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public PilotDetail detail(long pilotId) {
    LocalDate today = LocalDate.now(clock);
    PilotRow row =
        em.createQuery(
                PilotQueries.ROW + " where pp.id = :id and " + scope.current().pilot("pp"),
                PilotRow.class)
            .setParameter("id", pilotId)
            .setParameter("today", today)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(pilotId));
    Object[] more =
        em.createQuery(
                "select pp.statusReason, pp.results, pp.lessonsLearned, pp.illustrative"
                    + " from PilotProject pp where pp.id = :id",
                Object[].class)
            .setParameter("id", pilotId)
            .getSingleResult();
    List<PilotMilestone> stored =
        em.createQuery(
                "select m from PilotMilestone m where m.pilot.id = :id order by m.dueOn, m.id",
                PilotMilestone.class)
            .setParameter("id", pilotId)
            .getResultList();
    List<PilotDetail.MilestoneLine> milestones =
        stored.stream()
            .map(
                m -> {
                  var rule =
                      new Milestone(
                          m.getTitle(), m.getDueOn(), Optional.ofNullable(m.getCompletedOn()));
                  return new PilotDetail.MilestoneLine(
                      m.getId(),
                      m.getTitle(),
                      m.getDueOn(),
                      m.getCompletedOn(),
                      rule.isOverdue(today),
                      rule.daysOverdue(today),
                      rule.wasCompletedLate());
                })
            .toList();
    long completed = milestones.stream().filter(m -> m.completedOn() != null).count();
    return new PilotDetail(
        row,
        (String) more[0],
        (String) more[1],
        (String) more[2],
        (Boolean) more[3],
        milestones,
        milestones.isEmpty()
            ? null
            : java.math.BigDecimal.valueOf(completed * 100)
                .divide(
                    java.math.BigDecimal.valueOf(milestones.size()),
                    2,
                    java.math.RoundingMode.HALF_EVEN));
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public long create(@NotNull @Valid PilotForm form) {
    var pilot =
        new PilotProject(
            Records.find(em, Project.class, form.getProjectId()),
            Records.find(em, Country.class, form.getCountryId()),
            form.getPartnerId() == null
                ? null
                : Records.find(em, Organisation.class, form.getPartnerId()),
            form.getTitle(),
            form.getBudgetUsd());
    em.persist(pilot);
    em.flush();
    return pilot.getId();
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public long planMilestone(
      long pilotId, long version, @NotBlank @Size(max = 300) String title, @NotNull LocalDate due) {
    PilotProject pilot = changing(pilotId, version);
    PilotMilestone milestone = pilot.planMilestone(title, due);
    em.persist(milestone);
    em.lock(pilot, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Saves.flush(em, ConcurrentChangeException::new);
    return milestone.getId();
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void completeMilestone(long milestoneId, @NotNull LocalDate on) {
    PilotMilestone milestone = Records.find(em, PilotMilestone.class, milestoneId);
    PilotProject pilot = Records.find(em, PilotProject.class, milestone.getPilot().getId());
    pilot.completeMilestone(milestone, on, LocalDate.now(clock));
    em.lock(pilot, jakarta.persistence.LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    Saves.flush(em, ConcurrentChangeException::new);
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void start(long pilotId, long version) {
    changing(pilotId, version).start();
    Saves.flush(em, ConcurrentChangeException::new);
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void suspend(long pilotId, long version, String reason) {
    changing(pilotId, version).suspend(reason);
    Saves.flush(em, ConcurrentChangeException::new);
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void resume(long pilotId, long version) {
    changing(pilotId, version).resume();
    Saves.flush(em, ConcurrentChangeException::new);
  }

  /** Refused while a milestone is open. */
  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void complete(long pilotId, long version) {
    changing(pilotId, version).complete();
    Saves.flush(em, ConcurrentChangeException::new);
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void cancel(long pilotId, long version, String reason) {
    changing(pilotId, version).cancel(reason);
    Saves.flush(em, ConcurrentChangeException::new);
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void report(
      long pilotId,
      long version,
      @Size(max = 4000) String results,
      @Size(max = 4000) String lessonsLearned) {
    changing(pilotId, version).report(results, lessonsLearned);
    Saves.flush(em, ConcurrentChangeException::new);
  }

  private PilotProject changing(long pilotId, long version) {
    PilotProject pilot = Records.find(em, PilotProject.class, pilotId);
    Saves.checkVersion(version, pilot.getVersion());
    return pilot;
  }
}
