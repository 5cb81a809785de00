package org.quicksilver.reporting;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quicksilver.platform.Translations;
import org.quicksilver.projects.Funded;
import org.quicksilver.projects.rules.ActivityStatus;
import org.quicksilver.projects.rules.ActivityType;
import org.quicksilver.projects.rules.BudgetAgainstActual;
import org.quicksilver.projects.rules.BudgetVariance;
import org.quicksilver.projects.rules.CostLine;
import org.quicksilver.projects.rules.Gender;
import org.quicksilver.projects.rules.IndicatorProgress;
import org.quicksilver.projects.rules.IndicatorValue;
import org.quicksilver.projects.rules.Milestone;
import org.quicksilver.projects.rules.PilotProjectStatus;
import org.quicksilver.reference.RegionalGroup;
import org.quicksilver.reports.ProjectProgressRow;
import org.quicksilver.reports.ProjectProgressRow.MilestoneState;
import org.quicksilver.reports.ProjectProgressRow.Section;

/**
 * The sections of a project's progress report for a period, each read in one or two queries (none
 * reads a participant's name) and reckoned with the projects' rules: {@link IndicatorProgress},
 * {@link Milestone}, {@link BudgetAgainstActual}.
 */
final class ProjectProgressRows {
  /** Activities held, running on at least one day of the period, that the scope reaches. */
  private final String heldInPeriod;

  private final EntityManager em;
  private final long projectId;
  private final Funded funded;
  private final LocalDate from;
  private final LocalDate to;
  private final LocalDate asOf;
  private final Locale locale;

  /**
   * @param asOf the day milestones and cumulative costs are taken at: the period's end, or today
   */
  ProjectProgressRows(
      EntityManager em,
      long projectId,
      Funded funded,
      LocalDate from,
      LocalDate to,
      LocalDate asOf,
      Locale locale) {
    this.em = em;
    this.projectId = projectId;
    this.funded = funded;
    this.heldInPeriod =
        " a.project.id = :p and a.status = :held and a.startOn <= :to and a.endOn >= :from and "
            + funded.activity("a");
    this.from = from;
    this.to = to;
    this.asOf = asOf;
    this.locale = locale;
  }

  /** Outcomes and outputs in the framework's order, each with its indicators. */
  List<ProjectProgressRow> outputs() {
    Map<Long, IndicatorProgress> progress = new HashMap<>();
    Map<Long, List<Object[]>> indicatorsOf = new HashMap<>();
    em.createQuery(
            "select i.id, i.result.id, i.name, i.unit, i.baseline, i.target from Indicator i"
                + " where i.result.project.id = :p order by i.id",
            Object[].class)
        .setParameter("p", projectId)
        .getResultStream()
        .forEach(
            i -> {
              indicatorsOf.computeIfAbsent((Long) i[1], k -> new ArrayList<>()).add(i);
              progress.put(
                  (Long) i[0],
                  new IndicatorProgress((String) i[2], (BigDecimal) i[4], (BigDecimal) i[5]));
            });
    em.createQuery(
            "select v.indicator.id, v.period, v.measuredOn, v.amount from IndicatorReading v"
                + " where v.indicator.result.project.id = :p"
                + " and v.measuredOn between :from and :to order by v.id",
            Object[].class)
        .setParameter("p", projectId)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .forEach(
            v ->
                progress
                    .get((Long) v[0])
                    .record(
                        new IndicatorValue((String) v[1], (LocalDate) v[2], (BigDecimal) v[3])));
    List<ProjectProgressRow> rows = new ArrayList<>();
    em.createQuery(
            "select r.id, r.code, r.description from ProjectResult r left join r.parent pr"
                + " where r.project.id = :p order by coalesce(pr.position, r.position),"
                + " coalesce(pr.code, r.code), r.level, r.position, r.code",
            Object[].class)
        .setParameter("p", projectId)
        .getResultStream()
        .forEach(
            r -> {
              rows.add(ProjectProgressRow.heading(Section.OUTPUTS, r[1] + " · " + r[2]));
              for (Object[] i : indicatorsOf.getOrDefault((Long) r[0], List.of())) {
                rows.add(indicator(i, progress.get((Long) i[0])));
              }
            });
    return rows.isEmpty() ? List.of(ProjectProgressRow.none(Section.OUTPUTS)) : rows;
  }

  private static ProjectProgressRow indicator(Object[] i, IndicatorProgress progress) {
    Optional<IndicatorValue> latest = progress.latest();
    return ProjectProgressRow.indicator(
        (String) i[2],
        (String) i[3],
        progress.getBaseline(),
        progress.getTarget(),
        latest.map(IndicatorValue::value).orElse(null),
        latest.map(IndicatorValue::measuredOn).orElse(null),
        progress.progress().orElse(null),
        latest.map(v -> progress.meetsTarget(v.value())).orElse(null));
  }

  /** Activities held in the period, with their participants by gender, and the total. */
  List<ProjectProgressRow> activities() {
    Map<Long, GenderCounts> counts = new HashMap<>();
    em.createQuery(
            "select p.activity.id, p.gender, count(p) from Participant p join p.activity a"
                + " where"
                + heldInPeriod
                + " group by p.activity.id, p.gender",
            Object[].class)
        .setParameter("p", projectId)
        .setParameter("held", ActivityStatus.HELD)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .forEach(
            c ->
                counts
                    .computeIfAbsent((Long) c[0], k -> new GenderCounts())
                    .add((Gender) c[1], (Long) c[2]));
    List<ProjectProgressRow> rows = new ArrayList<>();
    GenderCounts total = new GenderCounts();
    em.createQuery(
            "select a.id, a.title, a.type, a.startOn, a.endOn, a.online, a.venueCity,"
                + " vc.nameEn, vc.nameFr, vc.nameEs from Activity a left join a.venueCountry vc"
                + " where"
                + heldInPeriod
                + " order by a.startOn, a.id",
            Object[].class)
        .setParameter("p", projectId)
        .setParameter("held", ActivityStatus.HELD)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .forEach(
            a -> {
              GenderCounts people = counts.getOrDefault((Long) a[0], new GenderCounts());
              total.add(people);
              rows.add(
                  ProjectProgressRow.activity(
                      (String) a[1],
                      ((ActivityType) a[2]).name(),
                      (LocalDate) a[3],
                      (LocalDate) a[4],
                      (Boolean) a[5] ? null : place((String) a[6], a[7], a[8], a[9]),
                      people.women,
                      people.men,
                      people.other));
            });
    if (rows.isEmpty()) {
      return List.of(ProjectProgressRow.none(Section.ACTIVITIES));
    }
    rows.add(ProjectProgressRow.activitiesTotal(total.women, total.men, total.other));
    return rows;
  }

  private String place(String city, Object english, Object french, Object spanish) {
    String country =
        english == null
            ? null
            : Translations.pick(locale, (String) english, (String) french, (String) spanish);
    if (city == null || city.isBlank()) {
      return country == null ? "" : country;
    }
    return country == null ? city : city + ", " + country;
  }

  /** Participants of the activities held in the period, by UN regional group and gender. */
  List<ProjectProgressRow> participants() {
    Map<RegionalGroup, GenderCounts> byRegion = new EnumMap<>(RegionalGroup.class);
    for (RegionalGroup region : RegionalGroup.values()) {
      byRegion.put(region, new GenderCounts());
    }
    em.createQuery(
            "select c.regionalGroup, p.gender, count(p) from Participant p join p.activity a"
                + " join p.country c where"
                + heldInPeriod
                + " group by c.regionalGroup, p.gender",
            Object[].class)
        .setParameter("p", projectId)
        .setParameter("held", ActivityStatus.HELD)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultStream()
        .forEach(c -> byRegion.get((RegionalGroup) c[0]).add((Gender) c[1], (Long) c[2]));
    GenderCounts total = new GenderCounts();
    byRegion.values().forEach(total::add);
    if (total.women + total.men + total.other == 0) {
      return List.of(ProjectProgressRow.none(Section.PARTICIPANTS));
    }
    List<ProjectProgressRow> rows = new ArrayList<>();
    byRegion.forEach(
        (region, c) -> rows.add(ProjectProgressRow.region(region.name(), c.women, c.men, c.other)));
    rows.add(ProjectProgressRow.regionsTotal(total.women, total.men, total.other));
    return rows;
  }

  /**
   * Pilot projects by country name, each with its milestones as they stood on {@code asOf}: a
   * completion dated later is not known yet. The pilot's status is today's.
   */
  List<ProjectProgressRow> pilots() {
    Map<Long, List<ProjectProgressRow>> milestonesOf = new HashMap<>();
    em.createQuery(
            "select m.pilot.id, m.title, m.dueOn, m.completedOn from PilotMilestone m"
                + " where m.pilot.project.id = :p order by m.dueOn, m.id",
            Object[].class)
        .setParameter("p", projectId)
        .getResultStream()
        .forEach(
            m ->
                milestonesOf
                    .computeIfAbsent((Long) m[0], k -> new ArrayList<>())
                    .add(milestone((String) m[1], (LocalDate) m[2], (LocalDate) m[3])));
    Collator names = Collator.getInstance(locale);
    List<Object[]> pilots =
        new ArrayList<>(
            em.createQuery(
                    "select pp.id, pp.title, c.nameEn, c.nameFr, c.nameEs, pp.status, pp.budgetUsd"
                        + " from PilotProject pp join pp.country c where pp.project.id = :p"
                        + " order by pp.id",
                    Object[].class)
                .setParameter("p", projectId)
                .getResultList());
    pilots.forEach(
        p -> p[2] = Translations.pick(locale, (String) p[2], (String) p[3], (String) p[4]));
    pilots.sort(Comparator.comparing((Object[] p) -> (String) p[2], names));
    List<ProjectProgressRow> rows = new ArrayList<>();
    for (Object[] p : pilots) {
      rows.add(
          ProjectProgressRow.pilot(
              (String) p[1], (String) p[2], ((PilotProjectStatus) p[5]).name(), (BigDecimal) p[6]));
      rows.addAll(milestonesOf.getOrDefault((Long) p[0], List.of()));
    }
    return rows.isEmpty() ? List.of(ProjectProgressRow.none(Section.PILOTS)) : rows;
  }

  private ProjectProgressRow milestone(String title, LocalDate due, LocalDate completedOn) {
    Optional<LocalDate> completed =
        Optional.ofNullable(completedOn).filter(day -> !day.isAfter(asOf));
    var rule = new Milestone(title, due, completed);
    MilestoneState state =
        rule.isCompleted()
            ? rule.wasCompletedLate() ? MilestoneState.COMPLETED_LATE : MilestoneState.COMPLETED
            : rule.isOverdue(asOf) ? MilestoneState.OVERDUE : MilestoneState.OPEN;
    return ProjectProgressRow.milestone(
        title, due, completed.orElse(null), state, rule.daysOverdue(asOf));
  }

  /**
   * Budget against the expenses dated up to {@code asOf}, by output and by activity, each with what
   * was spent in the period. A cancelled activity counts only if money was spent on it.
   */
  List<ProjectProgressRow> budget() {
    Map<Long, BigDecimal> toDate = spent(null, asOf);
    Map<Long, BigDecimal> inPeriod = spent(from, asOf);
    Map<String, String> outputs = new HashMap<>();
    Map<String, String> titles = new LinkedHashMap<>();
    Map<String, BigDecimal> periodByActivity = new HashMap<>();
    SortedMap<String, BigDecimal> periodByOutput = new TreeMap<>();
    BigDecimal periodWithoutOutput = BigDecimal.ZERO;
    List<CostLine> lines = new ArrayList<>();
    for (Object[] a :
        em.createQuery(
                "select a.id, a.title, o.code, o.description, a.budgetUsd, a.status"
                    + " from Activity a left join a.output o where a.project.id = :p and "
                    + funded.activity("a")
                    + " order by a.startOn nulls last, a.id",
                Object[].class)
            .setParameter("p", projectId)
            .getResultList()) {
      Long id = (Long) a[0];
      BigDecimal actual = toDate.getOrDefault(id, BigDecimal.ZERO);
      if (a[5] == ActivityStatus.CANCELLED && actual.signum() == 0) {
        continue;
      }
      String key = String.valueOf(id);
      String output = (String) a[2];
      titles.put(key, (String) a[1]);
      BigDecimal period = inPeriod.getOrDefault(id, BigDecimal.ZERO);
      periodByActivity.put(key, period);
      if (output == null) {
        periodWithoutOutput = periodWithoutOutput.add(period);
      } else {
        outputs.put(output, output + " · " + a[3]);
        periodByOutput.merge(output, period, BigDecimal::add);
      }
      lines.add(new CostLine(key, Optional.ofNullable(output), (BigDecimal) a[4], actual));
    }
    if (lines.isEmpty()) {
      return List.of(ProjectProgressRow.none(Section.BUDGET));
    }
    var spending = new BudgetAgainstActual(lines);
    BigDecimal periodTotal =
        periodByActivity.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    List<ProjectProgressRow> rows = new ArrayList<>();
    rows.add(ProjectProgressRow.part(Section.BUDGET, "BY_OUTPUT"));
    spending
        .byOutput()
        .forEach(
            (output, v) ->
                rows.add(
                    ProjectProgressRow.spending(
                        outputs.get(output),
                        v.budget(),
                        periodByOutput.get(output),
                        v.actual(),
                        percent(v))));
    BudgetVariance without = spending.withoutOutput();
    if (without.budget().signum() != 0 || without.actual().signum() != 0) {
      rows.add(
          ProjectProgressRow.spendingWithoutOutput(
              without.budget(), periodWithoutOutput, without.actual(), percent(without)));
    }
    rows.add(total(spending.total(), periodTotal));
    rows.add(ProjectProgressRow.part(Section.BUDGET, "BY_ACTIVITY"));
    spending
        .byActivity()
        .forEach(
            (key, v) ->
                rows.add(
                    ProjectProgressRow.spending(
                        titles.get(key),
                        v.budget(),
                        periodByActivity.get(key),
                        v.actual(),
                        percent(v))));
    rows.add(total(spending.total(), periodTotal));
    return rows;
  }

  private static ProjectProgressRow total(BudgetVariance total, BigDecimal inPeriod) {
    return ProjectProgressRow.spendingTotal(
        total.budget(), inPeriod, total.actual(), percent(total));
  }

  private static BigDecimal percent(BudgetVariance v) {
    return v.spentPercent().orElse(null);
  }

  /**
   * Expenses of the project's activities dated up to {@code last}, and from {@code first} unless it
   * is null, by activity.
   */
  private Map<Long, BigDecimal> spent(LocalDate first, LocalDate last) {
    Map<Long, BigDecimal> spent = new HashMap<>();
    var query =
        em.createQuery(
                "select al.targetId, sum(e.amountUsd) from Expense e join e.allocation al"
                    + " where al.targetKind = 'ACTIVITY' and e.spentOn <= :last"
                    + (first == null ? "" : " and e.spentOn >= :first")
                    + " and al.targetId in (select a.id from Activity a where a.project.id = :p"
                    + " and "
                    + funded.activity("a")
                    + ")"
                    + " group by al.targetId",
                Object[].class)
            .setParameter("last", last)
            .setParameter("p", projectId);
    if (first != null) {
      query.setParameter("first", first);
    }
    query.getResultStream().forEach(row -> spent.put((Long) row[0], (BigDecimal) row[1]));
    return spent;
  }

  /** Participants by gender: women, men, and those of another gender or who did not say. */
  private static final class GenderCounts {
    private int women;
    private int men;
    private int other;

    void add(Gender gender, long count) {
      switch (gender) {
        case FEMALE -> women += (int) count;
        case MALE -> men += (int) count;
        case OTHER, UNDISCLOSED -> other += (int) count;
      }
    }

    void add(GenderCounts more) {
      women += more.women;
      men += more.men;
      other += more.other;
    }
  }
}
