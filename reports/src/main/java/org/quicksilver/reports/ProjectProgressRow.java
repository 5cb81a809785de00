package org.quicksilver.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Objects;

/**
 * One line of the project progress report. The report is one list of lines in sections (outputs and
 * indicators, activities held, participants by region, pilot projects, budget against actual); a
 * line fills only the columns of its section, the others stay null. Build lines with the static
 * factories, in print order: sections in {@link Section} order, each section's lines together.
 *
 * <p>A getter bean, not a record: JasperReports' bean data source reads getters only. Amounts and
 * counts stay numbers so that XLSX cells are numbers; coded values (activity type, region, pilot
 * and milestone status) are enum names, translated by the template.
 */
public final class ProjectProgressRow {

  /** The report's sections, in print order. */
  public enum Section {
    OUTPUTS,
    ACTIVITIES,
    PARTICIPANTS,
    PILOTS,
    BUDGET
  }

  /** How a line is printed. */
  public enum Kind {
    /** A result of the framework, a pilot project or a part of a table: a heading line. */
    HEADING,
    LINE,
    TOTAL,
    /** The section has nothing for the period: the template prints its "none" sentence. */
    NONE
  }

  /** A milestone's state at the end of the period. */
  public enum MilestoneState {
    OPEN,
    OVERDUE,
    COMPLETED,
    COMPLETED_LATE
  }

  private final Section section;
  private final Kind kind;
  private final String label;
  private String code;
  private String detail;
  private Date startOn;
  private Date endOn;
  private BigDecimal baseline;
  private BigDecimal target;
  private BigDecimal value;
  private BigDecimal percent;
  private Boolean met;
  private Integer participants;
  private Integer women;
  private Integer men;
  private Integer otherGender;
  private Long daysOverdue;
  private BigDecimal budget;
  private BigDecimal spentInPeriod;
  private BigDecimal actual;
  private BigDecimal variance;

  private ProjectProgressRow(Section section, Kind kind, String label) {
    this.section = Objects.requireNonNull(section, "section");
    this.kind = Objects.requireNonNull(kind, "kind");
    this.label = label;
  }

  /** A heading line, e.g. an output "OP1.1 · Customs officers trained" or "By activity". */
  public static ProjectProgressRow heading(Section section, String label) {
    return new ProjectProgressRow(section, Kind.HEADING, Objects.requireNonNull(label, "label"));
  }

  /** The section has nothing to show for the period. */
  public static ProjectProgressRow none(Section section) {
    return new ProjectProgressRow(section, Kind.NONE, null);
  }

  /**
   * An indicator against its target, with the latest value measured in the period.
   *
   * @param value the latest value measured in the period; null if none was
   * @param measuredOn when {@code value} was measured; null with it
   * @param progressPercent how far the value is from baseline to target, in percent; null with it
   * @param targetMet null with {@code value}
   */
  public static ProjectProgressRow indicator(
      String name,
      String unit,
      BigDecimal baseline,
      BigDecimal target,
      BigDecimal value,
      LocalDate measuredOn,
      BigDecimal progressPercent,
      Boolean targetMet) {
    var row = new ProjectProgressRow(Section.OUTPUTS, Kind.LINE, required(name, "name"));
    row.detail = unit;
    row.baseline = Objects.requireNonNull(baseline, "baseline");
    row.target = Objects.requireNonNull(target, "target");
    row.value = value;
    row.endOn = date(measuredOn);
    row.percent = progressPercent;
    row.met = targetMet;
    return row;
  }

  /**
   * An activity held in the period, with its participants by gender.
   *
   * @param type the activity type's enum name, e.g. {@code REGIONAL_WORKSHOP}
   * @param place "city, country"; null for an online activity (the template says "online"), empty
   *     for one without a venue (e.g. training material)
   * @param otherGender participants of another gender or who did not state one
   */
  public static ProjectProgressRow activity(
      String title,
      String type,
      LocalDate startOn,
      LocalDate endOn,
      String place,
      int women,
      int men,
      int otherGender) {
    var row = new ProjectProgressRow(Section.ACTIVITIES, Kind.LINE, required(title, "title"));
    row.code = Objects.requireNonNull(type, "type");
    row.startOn = date(startOn);
    row.endOn = date(endOn);
    row.detail = place;
    row.counts(women, men, otherGender);
    return row;
  }

  /** The participants of the activities listed, added up. */
  public static ProjectProgressRow activitiesTotal(int women, int men, int otherGender) {
    var row = new ProjectProgressRow(Section.ACTIVITIES, Kind.TOTAL, null);
    row.counts(women, men, otherGender);
    return row;
  }

  /**
   * A UN regional group's participants by gender.
   *
   * @param region the regional group's enum name, e.g. {@code AFRICA}
   */
  public static ProjectProgressRow region(String region, int women, int men, int otherGender) {
    var row = new ProjectProgressRow(Section.PARTICIPANTS, Kind.LINE, null);
    row.code = Objects.requireNonNull(region, "region");
    row.counts(women, men, otherGender);
    return row;
  }

  public static ProjectProgressRow regionsTotal(int women, int men, int otherGender) {
    var row = new ProjectProgressRow(Section.PARTICIPANTS, Kind.TOTAL, null);
    row.counts(women, men, otherGender);
    return row;
  }

  /**
   * A pilot project, as the heading of its milestones.
   *
   * @param status the pilot's status' enum name, e.g. {@code ONGOING}
   */
  public static ProjectProgressRow pilot(
      String title, String countryName, String status, BigDecimal budgetUsd) {
    var row = new ProjectProgressRow(Section.PILOTS, Kind.HEADING, required(title, "title"));
    row.detail = countryName;
    row.code = Objects.requireNonNull(status, "status");
    row.budget = budgetUsd;
    return row;
  }

  /**
   * A milestone of the pilot above it, as it stood at the end of the period.
   *
   * @param completedOn null while open at the end of the period
   * @param daysOverdue days past due at the end of the period; zero unless overdue
   */
  public static ProjectProgressRow milestone(
      String title,
      LocalDate dueOn,
      LocalDate completedOn,
      MilestoneState state,
      long daysOverdue) {
    var row = new ProjectProgressRow(Section.PILOTS, Kind.LINE, required(title, "title"));
    row.startOn = date(Objects.requireNonNull(dueOn, "dueOn"));
    row.endOn = date(completedOn);
    row.code = Objects.requireNonNull(state, "state").name();
    row.daysOverdue = daysOverdue;
    return row;
  }

  /**
   * A part of a section, e.g. {@code BY_OUTPUT}: the template prints its translated heading ({@code
   * project-progress.<section>.<part>}).
   */
  public static ProjectProgressRow part(Section section, String part) {
    var row = new ProjectProgressRow(section, Kind.HEADING, null);
    row.code = Objects.requireNonNull(part, "part");
    return row;
  }

  /**
   * Budget against actual for an output or an activity; variance is budget minus actual.
   *
   * @param label the output ("OP1.1 · description") or the activity's title
   * @param spentInPeriod expenses dated in the period
   * @param actual expenses dated up to the end of the period
   * @param spentPercent actual as a percentage of budget; null when nothing was budgeted
   */
  public static ProjectProgressRow spending(
      String label,
      BigDecimal budget,
      BigDecimal spentInPeriod,
      BigDecimal actual,
      BigDecimal spentPercent) {
    return spending(
        Kind.LINE, required(label, "label"), null, budget, spentInPeriod, actual, spentPercent);
  }

  /** What serves no output, so that the outputs still add up to the total. */
  public static ProjectProgressRow spendingWithoutOutput(
      BigDecimal budget, BigDecimal spentInPeriod, BigDecimal actual, BigDecimal spentPercent) {
    return spending(Kind.LINE, null, "NO_OUTPUT", budget, spentInPeriod, actual, spentPercent);
  }

  /** The total of the lines above it, since the last part heading. */
  public static ProjectProgressRow spendingTotal(
      BigDecimal budget, BigDecimal spentInPeriod, BigDecimal actual, BigDecimal spentPercent) {
    return spending(Kind.TOTAL, null, null, budget, spentInPeriod, actual, spentPercent);
  }

  private static ProjectProgressRow spending(
      Kind kind,
      String label,
      String code,
      BigDecimal budget,
      BigDecimal spentInPeriod,
      BigDecimal actual,
      BigDecimal spentPercent) {
    var row = new ProjectProgressRow(Section.BUDGET, kind, label);
    row.code = code;
    row.budget = Objects.requireNonNull(budget, "budget");
    row.spentInPeriod = Objects.requireNonNull(spentInPeriod, "spentInPeriod");
    row.actual = Objects.requireNonNull(actual, "actual");
    row.variance = budget.subtract(actual);
    row.percent = spentPercent;
    return row;
  }

  private void counts(int women, int men, int otherGender) {
    if (women < 0 || men < 0 || otherGender < 0) {
      throw new IllegalArgumentException("Counts cannot be negative");
    }
    this.women = women;
    this.men = men;
    this.otherGender = otherGender;
    this.participants = women + men + otherGender;
  }

  private static String required(String text, String name) {
    return Objects.requireNonNull(text, name);
  }

  // The JVM's midnight: the template formats dates in the JVM's zone.
  private static Date date(LocalDate day) {
    return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  /** {@link Section}'s name: the template groups on it and picks labels by it. */
  public String getSection() {
    return section.name();
  }

  /** {@link Kind}'s name. */
  public String getKind() {
    return kind.name();
  }

  /**
   * Result, indicator, activity, pilot, milestone or output; null where the template prints a
   * translated text instead (regions, parts, totals).
   */
  public String getLabel() {
    return label;
  }

  /** Activity type, region, pilot status, milestone state or part of a section, as a code. */
  public String getCode() {
    return code;
  }

  /** An indicator's unit, an activity's place, a pilot's country. */
  public String getDetail() {
    return detail;
  }

  /** An activity's first day, a milestone's due date. */
  public Date getStartOn() {
    return startOn;
  }

  /** An activity's last day, a milestone's completion, an indicator value's measurement. */
  public Date getEndOn() {
    return endOn;
  }

  public BigDecimal getBaseline() {
    return baseline;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public BigDecimal getValue() {
    return value;
  }

  /** An indicator's progress, or the share of a budget spent, in percent. */
  public BigDecimal getPercent() {
    return percent;
  }

  public Boolean getMet() {
    return met;
  }

  public Integer getParticipants() {
    return participants;
  }

  public Integer getWomen() {
    return women;
  }

  public Integer getMen() {
    return men;
  }

  public Integer getOtherGender() {
    return otherGender;
  }

  public Long getDaysOverdue() {
    return daysOverdue;
  }

  public BigDecimal getBudget() {
    return budget;
  }

  public BigDecimal getSpentInPeriod() {
    return spentInPeriod;
  }

  public BigDecimal getActual() {
    return actual;
  }

  public BigDecimal getVariance() {
    return variance;
  }
}
