package org.quicksilver.projects;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.funding.Earmark;
import org.quicksilver.funding.Pledge;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.ListQuery;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.platform.Records;
import org.quicksilver.platform.Saves;
import org.quicksilver.programme.ResultLevel;
import org.quicksilver.projects.rules.BudgetAgainstActual;
import org.quicksilver.projects.rules.CostLine;
import org.quicksilver.projects.rules.IndicatorProgress;
import org.quicksilver.projects.rules.IndicatorValue;
import org.quicksilver.reference.Organisation;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Permissions;

/**
 * Funded projects: the list, a project's page (logical framework with indicators against targets,
 * activities, spending against budget per output and activity, pilots, participants in counts), and
 * setting a project and its framework up.
 *
 * <p>A donor viewer ({@code projects:counts}) sees only the projects its donor's money paid for,
 * and in them only the activities it paid for ({@link FundedScope}); another project is not found.
 */
@Stateless
public class ProjectService {
  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;
  @Inject private FundedScope scope;

  private final ListQuery<Project, ProjectRow> list =
      ListQuery.of(Project.class, ProjectRow.class)
          .field("code", p -> p.get("code"))
          .field("title", p -> p.get("title"))
          .field("donorName", p -> p.get("donor").get("name"))
          .field("periodStart", p -> p.get("periodStart"))
          .field("budgetUsd", p -> p.get("budgetUsd"))
          .defaultSort("periodStart")
          .select(
              p ->
                  List.of(
                      p.get("id"),
                      p.get("code"),
                      p.get("title"),
                      p.get("donor").get("name"),
                      p.get("periodStart"),
                      p.get("periodEnd"),
                      p.get("budgetUsd"),
                      p.get("illustrative"),
                      p.get("version")));

  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public List<ProjectRow> list(@NotNull PageQuery query) {
    Funded funded = scope.current();
    return list.rows(em, query, (root, q, cb) -> funded.project(root, q, cb));
  }

  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public long count(@NotNull Map<String, String> filters) {
    Funded funded = scope.current();
    return list.count(em, filters, (root, q, cb) -> funded.project(root, q, cb));
  }

  @RequiresPermissions(
      value = {Permissions.PROJECTS_READ, Permissions.PROJECTS_COUNTS},
      logical = Logical.OR)
  public ProjectDetail detail(long projectId) {
    Funded funded = scope.current();
    Object[] head =
        em.createQuery(
                "select new org.quicksilver.projects.ProjectRow(p.id, p.code, p.title, d.name,"
                    + " p.periodStart, p.periodEnd, p.budgetUsd, p.illustrative, p.version),"
                    + " p.conceptNote, p.focusAreas, pl.reference, e.id,"
                    + " concat(f.code, ' · ', e.nameEn)"
                    + " from Project p join p.donor d left join p.pledge pl left join p.earmark e"
                    + " left join e.fund f where p.id = :id and "
                    + funded.project("p"),
                Object[].class)
            .setParameter("id", projectId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(projectId));
    ProjectRow project = (ProjectRow) head[0];
    List<ActivityRow> activities = ActivityQueries.rowsOfProject(em, projectId, funded);
    Map<Long, String> outputOf = new HashMap<>();
    em.createQuery(
            "select a.id, o.code from Activity a join a.output o where a.project.id = :p",
            Object[].class)
        .setParameter("p", projectId)
        .getResultStream()
        .forEach(row -> outputOf.put((Long) row[0], (String) row[1]));

    List<CostLine> lines = new ArrayList<>();
    Map<String, String> titles = new HashMap<>();
    for (ActivityRow a : activities) {
      String key = String.valueOf(a.id());
      titles.put(key, a.title());
      lines.add(
          new CostLine(
              key, Optional.ofNullable(outputOf.get(a.id())), a.budgetUsd(), a.actualUsd()));
    }
    var spending = new BudgetAgainstActual(lines);
    boolean aboveBudget;
    try {
      spending.checkWithin(project.budgetUsd());
      aboveBudget = false;
    } catch (InvalidInputException above) {
      aboveBudget = true;
    }
    List<SpendingLine> byOutput =
        spending.byOutput().entrySet().stream()
            .map(e -> SpendingLine.of(e.getKey(), e.getKey(), e.getValue()))
            .toList();
    List<SpendingLine> byActivity =
        spending.byActivity().entrySet().stream()
            .map(e -> SpendingLine.of(e.getKey(), titles.get(e.getKey()), e.getValue()))
            .toList();
    return new ProjectDetail(
        project,
        (String) head[1],
        (String) head[2],
        (String) head[3],
        (Long) head[4],
        (String) head[5],
        framework(projectId),
        activities,
        byOutput,
        SpendingLine.of("", "", spending.withoutOutput()),
        byActivity,
        SpendingLine.of("", "", spending.total()),
        aboveBudget,
        PilotQueries.rowsOfProject(em, projectId, LocalDate.now(clock)),
        Participations.ofProject(em, projectId, funded));
  }

  /** Outcomes and outputs in their order, each with its indicators against their targets. */
  private List<ResultNode> framework(long projectId) {
    Map<Long, IndicatorProgress> progress = new HashMap<>();
    Map<Long, List<Object[]>> indicatorsOf = new HashMap<>();
    em.createQuery(
            "select i.id, i.result.id, i.name, i.unit, i.baseline, i.target from Indicator i"
                + " where i.result.project.id = :p order by i.id",
            Object[].class)
        .setParameter("p", projectId)
        .getResultStream()
        .forEach(
            row -> {
              indicatorsOf.computeIfAbsent((Long) row[1], k -> new ArrayList<>()).add(row);
              progress.put(
                  (Long) row[0],
                  new IndicatorProgress((String) row[2], (BigDecimal) row[4], (BigDecimal) row[5]));
            });
    em.createQuery(
            "select v.indicator.id, v.period, v.measuredOn, v.amount from IndicatorReading v"
                + " where v.indicator.result.project.id = :p order by v.id",
            Object[].class)
        .setParameter("p", projectId)
        .getResultStream()
        .forEach(
            row ->
                progress
                    .get((Long) row[0])
                    .record(
                        new IndicatorValue(
                            (String) row[1], (LocalDate) row[2], (BigDecimal) row[3])));
    return em.createQuery(
            "select r.id, r.level, r.code, r.description, pr.code from ProjectResult r"
                + " left join r.parent pr where r.project.id = :p"
                + " order by coalesce(pr.position, r.position), coalesce(pr.code, r.code),"
                + " r.level, r.position, r.code",
            Object[].class)
        .setParameter("p", projectId)
        .getResultStream()
        .map(
            row ->
                new ResultNode(
                    (Long) row[0],
                    (ResultLevel) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4],
                    indicatorsOf.getOrDefault((Long) row[0], List.of()).stream()
                        .map(i -> line(i, progress.get((Long) i[0])))
                        .toList()))
        .toList();
  }

  private static IndicatorLine line(Object[] indicator, IndicatorProgress progress) {
    Optional<IndicatorValue> latest = progress.latest();
    List<IndicatorLine.Reading> periods =
        progress.latestPerPeriod().values().stream()
            .map(
                v ->
                    new IndicatorLine.Reading(
                        v.period(), v.measuredOn(), v.value(), progress.progressOf(v.value())))
            .toList();
    return new IndicatorLine(
        (Long) indicator[0],
        (String) indicator[2],
        (String) indicator[3],
        progress.getBaseline(),
        progress.getTarget(),
        latest.map(IndicatorValue::value).orElse(null),
        latest.map(IndicatorValue::period).orElse(null),
        progress.progress().orElse(null),
        progress.isTargetMet(),
        periods);
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public long create(@NotNull @Valid ProjectForm form) {
    var project =
        new Project(
            form.getCode().strip(),
            form.getTitle().strip(),
            Records.find(em, Organisation.class, form.getDonorId()));
    project.agree(
        form.getPledgeId() == null ? null : Records.find(em, Pledge.class, form.getPledgeId()),
        form.getPeriodStart(),
        form.getPeriodEnd(),
        form.getBudgetUsd(),
        form.getEarmarkId() == null ? null : Records.find(em, Earmark.class, form.getEarmarkId()));
    project.describe(form.getTitle().strip(), form.getConceptNote(), form.getFocusAreas());
    em.persist(project);
    Saves.flush(
        em, () -> new DuplicateRecordException("projects.project.duplicate", form.getCode()));
    return project.getId();
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public long addOutcome(
      long projectId,
      @NotBlank @Size(max = 20) String code,
      @NotBlank @Size(max = 1000) String description) {
    Project project = Records.find(em, Project.class, projectId);
    var outcome =
        ProjectResult.outcome(project, code.strip(), description.strip(), nextPosition(projectId));
    em.persist(outcome);
    Saves.flush(em, () -> new DuplicateRecordException("projects.result.duplicate", code));
    return outcome.getId();
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public long addOutput(
      long outcomeId,
      @NotBlank @Size(max = 20) String code,
      @NotBlank @Size(max = 1000) String description) {
    ProjectResult outcome = Records.find(em, ProjectResult.class, outcomeId);
    var output =
        ProjectResult.output(
            outcome, code.strip(), description.strip(), nextPosition(outcome.getProject().getId()));
    em.persist(output);
    Saves.flush(em, () -> new DuplicateRecordException("projects.result.duplicate", code));
    return output.getId();
  }

  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public long addIndicator(
      long resultId,
      @NotBlank @Size(max = 300) String name,
      @NotBlank @Size(max = 60) String unit,
      @NotNull BigDecimal baseline,
      @NotNull BigDecimal target) {
    var indicator =
        new Indicator(
            Records.find(em, ProjectResult.class, resultId), name, unit.strip(), baseline, target);
    em.persist(indicator);
    em.flush();
    return indicator.getId();
  }

  /** A value reached, for a period; a later value of the same period is taken as a correction. */
  @RequiresPermissions(Permissions.PROJECTS_MANAGE)
  public long recordValue(
      long indicatorId,
      @NotBlank @Size(max = 20) String period,
      @NotNull LocalDate measuredOn,
      @NotNull BigDecimal amount) {
    if (measuredOn.isAfter(LocalDate.now(clock))) {
      throw new InvalidInputException("projects.indicator.measuredInFuture", measuredOn);
    }
    var reading =
        new IndicatorReading(
            Records.find(em, Indicator.class, indicatorId),
            new IndicatorValue(period, measuredOn, amount),
            CurrentUser.username());
    em.persist(reading);
    em.flush();
    return reading.getId();
  }

  private int nextPosition(long projectId) {
    return em.createQuery(
                "select coalesce(max(r.position), 0) from ProjectResult r where r.project.id = :p",
                Integer.class)
            .setParameter("p", projectId)
            .getSingleResult()
        + 1;
  }
}
