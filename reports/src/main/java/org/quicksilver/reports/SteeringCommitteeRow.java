package org.quicksilver.reports;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * One line of the steering-committee report. The report is one list of lines, each in a section
 * (see {@link Section}); a section's lines follow one another and the sections come in the order of
 * {@link Section}. Build lines with the static factories, one per kind of line.
 *
 * <p>A getter bean, not a record: JasperReports' bean data source reads getters only. Coded values
 * (regional group, screening outcome, funding coverage, decision outcome, money line) are enum
 * names, translated by the template through the message bundle. Amounts are US dollars.
 */
public final class SteeringCommitteeRow {

  /** The report's sections, in print order. */
  public enum Section {
    REGIONS,
    SCREENING,
    RANKING,
    SCORES,
    RECUSALS,
    MONEY,
    DECISIONS
  }

  /** Kinds of line in {@link Section#REGIONS}. */
  public static final String COUNTRY = "COUNTRY";

  public static final String REGION_TOTAL = "REGION_TOTAL";
  public static final String ALL_REGIONS = "ALL_REGIONS";

  /** Coverage of a ranked line that has no submitted sheet yet. */
  public static final String UNSCORED = "UNSCORED";

  private final Section section;
  private String kind;
  private boolean emphasis;
  private String regionalGroup;
  private String reference;
  private String countryName;
  private String title;
  private String label;
  private String code;
  private Integer position;
  private Integer count;
  private Integer count2;
  private BigDecimal amount;
  private BigDecimal amount2;
  private BigDecimal score;
  private Integer low;
  private Integer high;
  private String note;
  private String meeting;

  private SteeringCommitteeRow(Section section) {
    this.section = section;
  }

  /** A country's applications in the round. */
  public static SteeringCommitteeRow country(
      String regionalGroup, String countryName, int received, int eligible, BigDecimal requested) {
    SteeringCommitteeRow row = regions(COUNTRY, regionalGroup, received, eligible, requested);
    row.countryName = Objects.requireNonNull(countryName, "countryName");
    return row;
  }

  /** A regional group's total, after its countries. */
  public static SteeringCommitteeRow regionTotal(
      String regionalGroup, int received, int eligible, BigDecimal requested) {
    SteeringCommitteeRow row = regions(REGION_TOTAL, regionalGroup, received, eligible, requested);
    row.emphasis = true;
    return row;
  }

  /** The round's total, last in its section. */
  public static SteeringCommitteeRow allRegions(int received, int eligible, BigDecimal requested) {
    SteeringCommitteeRow row = regions(ALL_REGIONS, null, received, eligible, requested);
    row.emphasis = true;
    return row;
  }

  private static SteeringCommitteeRow regions(
      String kind, String regionalGroup, int received, int eligible, BigDecimal requested) {
    SteeringCommitteeRow row = new SteeringCommitteeRow(Section.REGIONS);
    row.kind = kind;
    row.regionalGroup =
        ALL_REGIONS.equals(kind) ? null : Objects.requireNonNull(regionalGroup, "regionalGroup");
    row.count = received;
    row.count2 = eligible;
    row.amount = Objects.requireNonNull(requested, "requested");
    return row;
  }

  /**
   * An application's screening.
   *
   * @param outcome ELIGIBLE, INELIGIBLE, PENDING or WITHDRAWN
   * @param reason the eligibility reason and the checklist items not met with their comments; null
   *     for none
   */
  public static SteeringCommitteeRow screening(
      String reference,
      String countryName,
      String title,
      int itemsMet,
      int items,
      String outcome,
      String reason) {
    SteeringCommitteeRow row = application(Section.SCREENING, reference, countryName);
    row.title = title;
    row.count = itemsMet;
    row.count2 = items;
    row.code = Objects.requireNonNull(outcome, "outcome");
    row.note = reason;
    return row;
  }

  /**
   * An application in the ranking.
   *
   * @param position 1 for the best; null for an application not scored yet (at the end)
   * @param score weighted mean out of 100; null if not scored yet
   * @param coverage FUNDABLE, FUNDABLE_IF_PLEDGES_PAID, RESERVE or {@link #UNSCORED}
   * @param runningTotal what it and every application above it request; null if not scored
   */
  public static SteeringCommitteeRow ranked(
      Integer position,
      String reference,
      String countryName,
      BigDecimal score,
      int sheets,
      BigDecimal requested,
      BigDecimal runningTotal,
      String coverage) {
    SteeringCommitteeRow row = application(Section.RANKING, reference, countryName);
    row.position = position;
    row.score = score;
    row.count = sheets;
    row.amount = Objects.requireNonNull(requested, "requested");
    row.amount2 = runningTotal;
    row.code = Objects.requireNonNull(coverage, "coverage");
    return row;
  }

  /**
   * The submitted scores of one application on one criterion.
   *
   * @param mean the mean on the criterion's own scale
   * @param disagreement whether members lie far apart on it (printed highlighted)
   */
  public static SteeringCommitteeRow criterionScores(
      String reference,
      String criterionName,
      int weightPercent,
      BigDecimal mean,
      int lowest,
      int highest,
      int scores,
      boolean disagreement) {
    SteeringCommitteeRow row = application(Section.SCORES, reference, null);
    row.label = Objects.requireNonNull(criterionName, "criterionName");
    row.count2 = weightPercent;
    row.score = Objects.requireNonNull(mean, "mean");
    row.low = lowest;
    row.high = highest;
    row.count = scores;
    row.emphasis = disagreement;
    return row;
  }

  /**
   * A member recused from an application.
   *
   * @param sameCountry whether the member is from the applicant Party
   * @param declaredReason the conflict the member declared; null if none
   */
  public static SteeringCommitteeRow recusal(
      String reference,
      String countryName,
      String memberName,
      String memberCountryName,
      boolean sameCountry,
      String declaredReason) {
    SteeringCommitteeRow row = application(Section.RECUSALS, reference, countryName);
    row.label = Objects.requireNonNull(memberName, "memberName");
    row.title = memberCountryName;
    row.code = sameCountry ? "SAME_COUNTRY" : "DECLARED";
    row.note = declaredReason;
    return row;
  }

  /**
   * A line of the money section.
   *
   * @param line REQUESTED, REQUESTED_ELIGIBLE, APPROVED, AVAILABLE, PLEDGED_UNPAID or BALANCE
   */
  public static SteeringCommitteeRow money(String line, BigDecimal amount, boolean emphasis) {
    SteeringCommitteeRow row = new SteeringCommitteeRow(Section.MONEY);
    row.code = Objects.requireNonNull(line, "line");
    row.amount = Objects.requireNonNull(amount, "amount");
    row.emphasis = emphasis;
    return row;
  }

  /**
   * A decision of the committee.
   *
   * @param outcome APPROVED, APPROVED_WITH_CONDITIONS, DEFERRED or REJECTED
   * @param supersedesMeeting the meeting whose decision this one replaces; null if none
   * @param approved the amount approved; null unless approved
   * @param conditions null for none
   */
  public static SteeringCommitteeRow decision(
      String reference,
      String countryName,
      String outcome,
      String meeting,
      String supersedesMeeting,
      BigDecimal approved,
      String conditions,
      String reasons) {
    SteeringCommitteeRow row = application(Section.DECISIONS, reference, countryName);
    row.code = Objects.requireNonNull(outcome, "outcome");
    row.meeting = Objects.requireNonNull(meeting, "meeting");
    row.label = supersedesMeeting;
    row.amount = approved;
    row.title = conditions;
    row.note = Objects.requireNonNull(reasons, "reasons");
    return row;
  }

  private static SteeringCommitteeRow application(
      Section section, String reference, String countryName) {
    SteeringCommitteeRow row = new SteeringCommitteeRow(section);
    row.reference = Objects.requireNonNull(reference, "reference");
    row.countryName = countryName;
    return row;
  }

  public String getSection() {
    return section.name();
  }

  /**
   * For {@link Section#REGIONS}: {@link #COUNTRY}, {@link #REGION_TOTAL} or {@link #ALL_REGIONS}.
   */
  public String getKind() {
    return kind;
  }

  /** Totals, and criteria on which members disagree widely. */
  public boolean isEmphasis() {
    return emphasis;
  }

  public String getRegionalGroup() {
    return regionalGroup;
  }

  public String getReference() {
    return reference;
  }

  public String getCountryName() {
    return countryName;
  }

  /** Screening: the application's title; recusals: the member's country; decisions: conditions. */
  public String getTitle() {
    return title;
  }

  /** Scores: the criterion; recusals: the member; decisions: the meeting superseded. */
  public String getLabel() {
    return label;
  }

  /** The section's coded value: outcome, coverage, recusal kind or money line. */
  public String getCode() {
    return code;
  }

  public Integer getPosition() {
    return position;
  }

  /** Applications received, checklist items met, sheets submitted or scores given. */
  public Integer getCount() {
    return count;
  }

  /** Applications eligible, checklist items in all, or the criterion's weight in percent. */
  public Integer getCount2() {
    return count2;
  }

  /** Requested, approved or the money line's amount, USD. */
  public BigDecimal getAmount() {
    return amount;
  }

  /** The ranking's running total, USD. */
  public BigDecimal getAmount2() {
    return amount2;
  }

  /** Weighted score out of 100, or a criterion's mean. */
  public BigDecimal getScore() {
    return score;
  }

  public Integer getLow() {
    return low;
  }

  public Integer getHigh() {
    return high;
  }

  /** Screening reason, declared conflict, or a decision's reasons. */
  public String getNote() {
    return note;
  }

  public String getMeeting() {
    return meeting;
  }
}
