package org.quicksilver.projects;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.funding.Allocation;
import org.quicksilver.funding.AllocationLedger;
import org.quicksilver.platform.ConcurrentChangeException;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.Records;
import org.quicksilver.platform.Saves;
import org.quicksilver.projects.rules.ActivityDates;
import org.quicksilver.projects.rules.ActivityStatus;
import org.quicksilver.projects.rules.BudgetAgainstActual;
import org.quicksilver.projects.rules.CostLine;
import org.quicksilver.reference.Country;
import org.quicksilver.reference.CountryOption;
import org.quicksilver.reference.Organisation;
import org.quicksilver.security.Permissions;

/**
 * Activities and events: the list and calendar, planning, status moves with reasons, the countries
 * they serve, partners and deliverables, and their costs, paid through the funding context (an
 * allocation that names the activity, and expenses against it).
 *
 * <p>A donor viewer ({@code projects:counts}) lists, counts and opens only the activities its
 * donor's money paid for ({@link FundedScope}); another is not found.
 */
@Stateless
public class ActivityService {
  /** A calendar is asked for a visible range: a month or a week, never years of activities. */
  static final long CALENDAR_MAX_DAYS = 400;

  @PersistenceContext private EntityManager em;
  @Inject private AllocationLedger ledger;
  @Inject private Clock clock;
  @Inject private FundedScope scope;

  /**
   * Filters: projectId, standalone (true), type, status, region, from and to (ISO dates: activities
   * running on a day of the range), title (contains).
   */
  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public List<ActivityRow> list(@NotNull PageQuery query) {
    return ActivityQueries.page(em, query, scope.current());
  }

  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public long count(@NotNull Map<String, String> filters) {
    return ActivityQueries.count(em, filters, scope.current());
  }

  /** Activities running on a day of the range, for the calendar's visible weeks. */
  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public List<ActivityRow> calendar(@NotNull LocalDate from, @NotNull LocalDate to) {
    if (to.isBefore(from) || ChronoUnit.DAYS.between(from, to) > CALENDAR_MAX_DAYS) {
      throw new InvalidInputException("projects.calendar.rangeInvalid", from, to);
    }
    return ActivityQueries.between(em, from, to, scope.current());
  }

  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public ActivityDetail detail(long activityId) {
    ActivityRow row = ActivityQueries.row(em, activityId, scope.current());
    Object[] more =
        em.createQuery(
                "select a.statusReason, o.id, o.code, vc.id, a.illustrative from Activity a"
                    + " left join a.output o left join a.venueCountry vc where a.id = :id",
                Object[].class)
            .setParameter("id", activityId)
            .getSingleResult();
    List<CountryOption> countries =
        em.createQuery(
                "select new org.quicksilver.reference.CountryOption(c.id, c.isoCode, c.nameEn)"
                    + " from Activity a join a.countries c where a.id = :id order by c.nameEn",
                CountryOption.class)
            .setParameter("id", activityId)
            .getResultList();
    List<PartnerRow> partners =
        em.createQuery(
                "select new org.quicksilver.projects.PartnerRow(ap.id, o.id, o.name, ap.role)"
                    + " from ActivityPartner ap join ap.organisation o where ap.activity.id = :id"
                    + " order by ap.role, o.name",
                PartnerRow.class)
            .setParameter("id", activityId)
            .getResultList();
    List<DeliverableRow> deliverables =
        em.createQuery(
                "select new org.quicksilver.projects.DeliverableRow(d.id, d.kind, d.title,"
                    + " d.languages, d.url) from Deliverable d where d.activity.id = :id"
                    + " order by d.id",
                DeliverableRow.class)
            .setParameter("id", activityId)
            .getResultList();
    BigDecimal allocated =
        em.createQuery(
                "select coalesce(sum(a.amountUsd), 0) from Allocation a"
                    + " where a.targetKind = :kind and a.targetId = :id",
                BigDecimal.class)
            .setParameter("kind", ActivityQueries.TARGET_KIND)
            .setParameter("id", activityId)
            .getSingleResult();
    List<CostRow> costs =
        em.createQuery(
                "select new org.quicksilver.projects.CostRow(e.id, e.spentOn, e.amountUsd,"
                    + " e.description, f.code, m.code) from Expense e join e.allocation a"
                    + " join a.earmark m join m.fund f"
                    + " where a.targetKind = :kind and a.targetId = :id order by e.spentOn, e.id",
                CostRow.class)
            .setParameter("kind", ActivityQueries.TARGET_KIND)
            .setParameter("id", activityId)
            .getResultList();
    return new ActivityDetail(
        row,
        (String) more[0],
        (Long) more[1],
        (String) more[2],
        (Long) more[3],
        (Boolean) more[4],
        countries,
        partners,
        deliverables,
        allocated,
        costs);
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public long create(@NotNull @Valid ActivityForm form) {
    Project project =
        form.getProjectId() == null ? null : Records.find(em, Project.class, form.getProjectId());
    var activity = new Activity(project, form.getType(), form.getTitle());
    plan(activity, form);
    em.persist(activity);
    em.flush();
    return activity.getId();
  }

  /** Changes the plan; refused for a page that is out of date, and once held or cancelled. */
  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void update(long activityId, long version, @NotNull @Valid ActivityForm form) {
    Activity activity = Records.find(em, Activity.class, activityId);
    Saves.checkVersion(version, activity.getVersion());
    plan(activity, form);
    Saves.flush(em, ConcurrentChangeException::new);
  }

  private void plan(Activity activity, ActivityForm form) {
    ActivityDates dates =
        form.getStartOn() == null && form.getEndOn() == null
            ? null
            : new ActivityDates(requireDate(form.getStartOn()), requireDate(form.getEndOn()));
    activity.plan(
        form.getType(),
        form.getTitle(),
        form.getRegion(),
        dates,
        form.isOnline(),
        form.getVenueCity(),
        form.getVenueCountryId() == null
            ? null
            : Records.find(em, Country.class, form.getVenueCountryId()),
        form.getOutputId() == null
            ? null
            : Records.find(em, ProjectResult.class, form.getOutputId()),
        form.getBudgetUsd());
    checkWithinProjectBudget(activity);
  }

  private static LocalDate requireDate(LocalDate day) {
    if (day == null) {
      throw new InvalidInputException("projects.activity.bothDates");
    }
    return day;
  }

  /** The budgets of a project's activities that are not cancelled stay within its budget. */
  private void checkWithinProjectBudget(Activity activity) {
    Project project = activity.getProject();
    if (project == null) {
      return;
    }
    em.lock(project, LockModeType.PESSIMISTIC_WRITE);
    List<CostLine> lines = new ArrayList<>();
    em.createQuery(
            "select a.id, a.budgetUsd from Activity a where a.project = :p and a.status <> :c",
            Object[].class)
        .setParameter("p", project)
        .setParameter("c", ActivityStatus.CANCELLED)
        .getResultStream()
        .filter(row -> !row[0].equals(activity.getId()))
        .forEach(
            row ->
                lines.add(
                    new CostLine(
                        String.valueOf(row[0]),
                        Optional.empty(),
                        (BigDecimal) row[1],
                        BigDecimal.ZERO)));
    lines.add(new CostLine("new", Optional.empty(), activity.getBudgetUsd(), BigDecimal.ZERO));
    new BudgetAgainstActual(lines).checkWithin(project.getBudgetUsd());
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void confirm(long activityId, long version) {
    moving(activityId, version).confirm();
    Saves.flush(em, ConcurrentChangeException::new);
  }

  /** Back to planned, with the reason (the dates and venue stay until new ones are set). */
  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void postpone(long activityId, long version, String reason) {
    moving(activityId, version).postpone(reason);
    Saves.flush(em, ConcurrentChangeException::new);
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void cancel(long activityId, long version, String reason) {
    moving(activityId, version).cancel(reason);
    Saves.flush(em, ConcurrentChangeException::new);
  }

  /** Reports the activity as held; refused before its last day has come. */
  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void markHeld(long activityId, long version) {
    moving(activityId, version).markHeld(LocalDate.now(clock));
    Saves.flush(em, ConcurrentChangeException::new);
  }

  private Activity moving(long activityId, long version) {
    Activity activity = Records.find(em, Activity.class, activityId);
    Saves.checkVersion(version, activity.getVersion());
    return activity;
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void addCountry(long activityId, long countryId) {
    Records.find(em, Activity.class, activityId).serve(Records.find(em, Country.class, countryId));
    em.flush();
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void removeCountry(long activityId, long countryId) {
    Records.find(em, Activity.class, activityId)
        .stopServing(Records.find(em, Country.class, countryId));
    em.flush();
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public long addPartner(long activityId, long organisationId, @NotNull PartnerRole role) {
    var partner =
        new ActivityPartner(
            Records.find(em, Activity.class, activityId),
            Records.find(em, Organisation.class, organisationId),
            role);
    em.persist(partner);
    Saves.flush(em, () -> new DuplicateRecordException("projects.partner.duplicate"));
    return partner.getId();
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void removePartner(long partnerId) {
    ActivityPartner partner = Records.find(em, ActivityPartner.class, partnerId);
    partner.getActivity().checkNotFinal();
    em.remove(partner);
    em.flush();
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public long addDeliverable(long activityId, @NotNull @Valid DeliverableForm form) {
    var deliverable =
        new Deliverable(
            Records.find(em, Activity.class, activityId),
            form.getKind(),
            form.getTitle(),
            form.getLanguages(),
            form.getUrl());
    em.persist(deliverable);
    em.flush();
    return deliverable.getId();
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public void removeDeliverable(long deliverableId) {
    em.remove(Records.find(em, Deliverable.class, deliverableId));
    em.flush();
  }

  /**
   * Records a cost of the activity as an expense of the funding context. It is paid from an
   * allocation that names the activity and still has enough unspent. If there is none, money is set
   * aside first from the earmark given, else the project's: on the first cost the activity's whole
   * budget (at least the cost), since that is what the activity was planned to use; later, only
   * what is missing. The ledger refuses an allocation beyond the earmark's available balance.
   *
   * @return the expense's id
   */
  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public long recordCost(long activityId, @NotNull @Valid CostForm form) {
    // one cost at a time per activity, so two recordings never both set its budget aside
    Activity activity = em.find(Activity.class, activityId, LockModeType.PESSIMISTIC_WRITE);
    if (activity == null) {
      throw new org.quicksilver.platform.RecordNotFoundException(activityId);
    }
    BigDecimal amount = form.getAmountUsd();
    List<Object[]> allocations =
        em.createQuery(
                "select a.id, a.amountUsd - coalesce((select sum(e.amountUsd) from Expense e"
                    + " where e.allocation = a), 0) from Allocation a"
                    + " where a.targetKind = :kind and a.targetId = :id order by a.id",
                Object[].class)
            .setParameter("kind", ActivityQueries.TARGET_KIND)
            .setParameter("id", activityId)
            .getResultList();
    Long allocationId =
        allocations.stream()
            .filter(row -> ((BigDecimal) row[1]).compareTo(amount) >= 0)
            .map(row -> (Long) row[0])
            .findFirst()
            .orElse(null);
    if (allocationId == null) {
      Long earmarkId = form.getEarmarkId();
      if (earmarkId == null && activity.getProject() != null) {
        earmarkId =
            Optional.ofNullable(activity.getProject().getEarmark())
                .map(e -> e.getId())
                .orElse(null);
      }
      if (earmarkId == null) {
        throw new InvalidInputException("projects.cost.noEarmark", activity.getTitle());
      }
      BigDecimal setAside = allocations.isEmpty() ? amount.max(activity.getBudgetUsd()) : amount;
      allocationId =
          ledger.allocate(
              earmarkId,
              new Allocation.Target(
                  purpose(activity), ActivityQueries.TARGET_KIND, activity.getId()),
              setAside,
              form.getSpentOn());
    }
    return ledger.spend(
        allocationId,
        form.getSpentOn(),
        amount,
        form.getDescription().strip(),
        "ACT-" + activity.getId());
  }

  private static String purpose(Activity activity) {
    String purpose = "Activity: " + activity.getTitle();
    return purpose.length() > 300 ? purpose.substring(0, 300) : purpose;
  }
}
