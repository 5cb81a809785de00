package org.quicksilver.reports;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Currency;
import java.util.Date;
import java.util.Objects;

/**
 * One line of the donor report. The report is one list of lines in sections (summary, pledges and
 * agreements, receipts, money by fund and earmark, what the money paid for, participants by region,
 * reporting obligations); a line fills only the columns of its section, the others stay null. Build
 * lines with the static factories, in print order: sections in {@link Section} order, each
 * section's lines together, its total (if any) last.
 *
 * <p>A getter bean, not a record: JasperReports' bean data source reads getters only. Amounts and
 * counts stay numbers so that XLSX cells are numbers; coded values (summary figure, pledge kind,
 * kind of use, status, region) are enum names, translated by the template.
 */
public final class DonorReportRow {

  /** The report's sections, in print order. */
  public enum Section {
    SUMMARY,
    PLEDGES,
    RECEIPTS,
    EARMARKS,
    USES,
    PARTICIPANTS,
    OBLIGATIONS
  }

  /** How a line is printed. */
  public enum Kind {
    /** A part of a section, e.g. "Grants" among the uses: {@code code} names it. */
    HEADING,
    LINE,
    /** The sum of the section's lines (of the part, in the uses section). */
    TOTAL,
    /** The section has nothing for the period: the template prints its "none" sentence. */
    NONE
  }

  /** The summary's figures, in USD, in print order. */
  public enum Figure {
    /** USD value at the pledge's rate of what was pledged or agreed in the period. */
    PLEDGED,
    /** Received in the period, reversals deducted, at the rates applied on receipt. */
    RECEIVED,
    /**
     * What receipts brought in USD minus the USD value at the pledge's rate, for pledges paid in
     * full (as funding's {@code PledgeRow}: a pledge still partly unpaid has none yet).
     */
    EXCHANGE_DIFFERENCE,
    /** The donor's share of allocations made in the period. */
    ATTRIBUTED,
    /** The donor's share of expenses paid in the period. */
    SPENT,
    /** Received up to the period's end and not yet attributed to any allocation. */
    UNALLOCATED,
    /** Attributed up to the period's end and not yet spent. */
    ALLOCATED_UNSPENT,
    /** What pledges still expect at the period's end, in USD at the pledge's rate. */
    OUTSTANDING
  }

  /** What the donor's money paid for. */
  public enum Use {
    GRANT,
    ACTIVITY,
    PILOT,
    OTHER
  }

  private final Section section;
  private final Kind kind;
  private String code;
  private String label;
  private String reference;
  private String fund;
  private String earmark;
  private String place;
  private String status;
  private Date startOn;
  private Date endOn;
  private BigDecimal amount;
  private String currency;
  private Integer currencyDecimals;
  private BigDecimal unitsPerUsd;
  private BigDecimal usd;
  private BigDecimal receivedUsd;
  private BigDecimal exchangeDifferenceUsd;
  private BigDecimal outstandingUsd;
  private BigDecimal allocationUsd;
  private BigDecimal attributedUsd;
  private BigDecimal spentUsd;
  private BigDecimal unallocatedUsd;
  private Boolean reversal;
  private Integer participants;
  private Integer women;
  private Integer men;
  private Integer otherGender;

  private DonorReportRow(Section section, Kind kind) {
    this.section = Objects.requireNonNull(section, "section");
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  /** The section has nothing to show for the period. */
  public static DonorReportRow none(Section section) {
    return new DonorReportRow(section, Kind.NONE);
  }

  /** One figure of the summary, in USD. */
  public static DonorReportRow figure(Figure figure, BigDecimal usd) {
    var row = new DonorReportRow(Section.SUMMARY, Kind.LINE);
    row.code = Objects.requireNonNull(figure, "figure").name();
    row.usd = Objects.requireNonNull(usd, "usd");
    return row;
  }

  /**
   * A pledge or agreement made in the period, or one that money of the period paid.
   *
   * @param kind {@code PLEDGE}, {@code AGREEMENT} or {@code CONDITIONAL_AGREEMENT}
   * @param amount in the pledge's currency
   * @param usdValue at the pledge's rate
   * @param receivedUsd received against it up to the period's end, at the rates applied on receipt
   * @param exchangeDifferenceUsd for a pledge paid in full, what its receipts brought in USD minus
   *     its USD value at the pledge's rate; zero while it is not paid in full
   * @param outstandingUsd what it still expects at the period's end, at the pledge's rate
   * @param status the {@code PledgeStatus} name: {@code PLEDGED}, {@code PARTLY_PAID}, {@code
   *     PAID}, {@code OVERDUE} or {@code WRITTEN_OFF}
   */
  public static DonorReportRow pledge(
      String kind,
      String reference,
      String fund,
      String earmark,
      LocalDate pledgedOn,
      BigDecimal amount,
      String currency,
      BigDecimal unitsPerUsd,
      BigDecimal usdValue,
      BigDecimal receivedUsd,
      BigDecimal exchangeDifferenceUsd,
      BigDecimal outstandingUsd,
      String status) {
    var row = new DonorReportRow(Section.PLEDGES, Kind.LINE);
    row.code = Objects.requireNonNull(kind, "kind");
    row.reference = Objects.requireNonNull(reference, "reference");
    row.fund = Objects.requireNonNull(fund, "fund");
    row.earmark = Objects.requireNonNull(earmark, "earmark");
    row.startOn = date(Objects.requireNonNull(pledgedOn, "pledgedOn"));
    row.amount = Objects.requireNonNull(amount, "amount");
    row.currency(currency);
    row.unitsPerUsd = Objects.requireNonNull(unitsPerUsd, "unitsPerUsd");
    row.usd = Objects.requireNonNull(usdValue, "usdValue");
    row.receivedUsd = Objects.requireNonNull(receivedUsd, "receivedUsd");
    row.exchangeDifferenceUsd = Objects.requireNonNull(exchangeDifferenceUsd, "exchangeDifference");
    row.outstandingUsd = Objects.requireNonNull(outstandingUsd, "outstandingUsd");
    row.status = Objects.requireNonNull(status, "status");
    return row;
  }

  /** The pledges' USD columns added up. */
  public static DonorReportRow pledgesTotal(
      BigDecimal usdValue,
      BigDecimal receivedUsd,
      BigDecimal exchangeDifferenceUsd,
      BigDecimal outstandingUsd) {
    var row = new DonorReportRow(Section.PLEDGES, Kind.TOTAL);
    row.usd = usdValue;
    row.receivedUsd = receivedUsd;
    row.exchangeDifferenceUsd = exchangeDifferenceUsd;
    row.outstandingUsd = outstandingUsd;
    return row;
  }

  /**
   * A receipt of the period, in its currency and in USD at the rate applied; a reversal has
   * negative amounts.
   *
   * @param pledgeReference the pledge it paid, or null
   */
  public static DonorReportRow receipt(
      LocalDate receivedOn,
      String fund,
      String earmark,
      String pledgeReference,
      String bankReference,
      BigDecimal amount,
      String currency,
      BigDecimal unitsPerUsd,
      BigDecimal usd,
      boolean reversal) {
    var row = new DonorReportRow(Section.RECEIPTS, Kind.LINE);
    row.startOn = date(Objects.requireNonNull(receivedOn, "receivedOn"));
    row.fund = Objects.requireNonNull(fund, "fund");
    row.earmark = Objects.requireNonNull(earmark, "earmark");
    row.reference = pledgeReference;
    row.label = bankReference;
    row.amount = Objects.requireNonNull(amount, "amount");
    row.currency(currency);
    row.unitsPerUsd = Objects.requireNonNull(unitsPerUsd, "unitsPerUsd");
    row.usd = Objects.requireNonNull(usd, "usd");
    row.reversal = reversal;
    return row;
  }

  /** The receipts' USD added up (amounts in several currencies are not). */
  public static DonorReportRow receiptsTotal(BigDecimal usd) {
    var row = new DonorReportRow(Section.RECEIPTS, Kind.TOTAL);
    row.usd = Objects.requireNonNull(usd, "usd");
    return row;
  }

  /**
   * The donor's money in one fund and earmark up to the period's end.
   *
   * @param receivedUsd received, reversals deducted
   * @param attributedUsd the donor's share of allocations from it
   * @param spentUsd the donor's share of the expenses paid from those allocations
   */
  public static DonorReportRow earmark(
      String fund,
      String fundName,
      String earmark,
      String earmarkName,
      BigDecimal receivedUsd,
      BigDecimal attributedUsd,
      BigDecimal spentUsd) {
    var row = new DonorReportRow(Section.EARMARKS, Kind.LINE);
    row.fund = Objects.requireNonNull(fund, "fund");
    row.label = fundName;
    row.earmark = Objects.requireNonNull(earmark, "earmark");
    row.place = earmarkName;
    row.money(receivedUsd, attributedUsd, spentUsd);
    return row;
  }

  public static DonorReportRow earmarksTotal(
      BigDecimal receivedUsd, BigDecimal attributedUsd, BigDecimal spentUsd) {
    var row = new DonorReportRow(Section.EARMARKS, Kind.TOTAL);
    row.money(receivedUsd, attributedUsd, spentUsd);
    return row;
  }

  /** Starts a kind of use (grants, activities, pilot projects, other) in the uses section. */
  public static DonorReportRow useHeading(Use use) {
    var row = new DonorReportRow(Section.USES, Kind.HEADING);
    row.code = Objects.requireNonNull(use, "use").name();
    return row;
  }

  /**
   * One thing the donor's money paid for: a grant, an activity or event, a pilot project, or an
   * allocation with no such target.
   *
   * @param reference the grant's or activity's reference, the pilot's code; null for other
   * @param title what it is (the grant's project title, the activity's title, the allocation's
   *     purpose)
   * @param place the grant's or pilot's country, the activity's "city, country" (null: online)
   * @param status the grant's, activity's or pilot's status enum name; null for other
   * @param allocationUsd the allocations made to it in the period, all donors together
   * @param attributedUsd this donor's share of those allocations
   * @param spentUsd this donor's share of what was spent from them in the period
   * @param women participants of an activity; null for anything else
   */
  public static DonorReportRow use(
      Use use,
      String reference,
      String title,
      String place,
      LocalDate startOn,
      LocalDate endOn,
      String status,
      BigDecimal allocationUsd,
      BigDecimal attributedUsd,
      BigDecimal spentUsd,
      Integer women,
      Integer men,
      Integer otherGender) {
    var row = new DonorReportRow(Section.USES, Kind.LINE);
    row.code = Objects.requireNonNull(use, "use").name();
    row.reference = reference;
    row.label = Objects.requireNonNull(title, "title");
    row.place = place;
    row.startOn = date(startOn);
    row.endOn = date(endOn);
    row.status = status;
    row.allocationUsd = Objects.requireNonNull(allocationUsd, "allocationUsd");
    row.attributedUsd = Objects.requireNonNull(attributedUsd, "attributedUsd");
    row.spentUsd = Objects.requireNonNull(spentUsd, "spentUsd");
    if (women != null || men != null || otherGender != null) {
      row.counts(nonNull(women), nonNull(men), nonNull(otherGender));
    }
    return row;
  }

  /** The uses of one kind added up ({@code use} names the kind), or of every kind (null). */
  public static DonorReportRow usesTotal(
      Use use, BigDecimal allocationUsd, BigDecimal attributedUsd, BigDecimal spentUsd) {
    var row = new DonorReportRow(Section.USES, Kind.TOTAL);
    row.code = use == null ? null : use.name();
    row.allocationUsd = Objects.requireNonNull(allocationUsd, "allocationUsd");
    row.attributedUsd = Objects.requireNonNull(attributedUsd, "attributedUsd");
    row.spentUsd = Objects.requireNonNull(spentUsd, "spentUsd");
    return row;
  }

  /** Participants of the activities the donor's money paid for, from one regional group. */
  public static DonorReportRow region(String region, int women, int men, int otherGender) {
    var row = new DonorReportRow(Section.PARTICIPANTS, Kind.LINE);
    row.code = Objects.requireNonNull(region, "region");
    row.counts(women, men, otherGender);
    return row;
  }

  public static DonorReportRow regionsTotal(int women, int men, int otherGender) {
    var row = new DonorReportRow(Section.PARTICIPANTS, Kind.TOTAL);
    row.counts(women, men, otherGender);
    return row;
  }

  /**
   * A report the donor expects, due in the period or still open at its end.
   *
   * @param status {@code DUE}, {@code OVERDUE} or {@code SENT} ({@code ObligationStatus}'s {@code
   *     SUBMITTED} is printed the same), at the period's end
   */
  public static DonorReportRow obligation(
      String description,
      String pledgeReference,
      LocalDate dueOn,
      LocalDate submittedOn,
      String status) {
    var row = new DonorReportRow(Section.OBLIGATIONS, Kind.LINE);
    row.label = Objects.requireNonNull(description, "description");
    row.reference = pledgeReference;
    row.startOn = date(Objects.requireNonNull(dueOn, "dueOn"));
    row.endOn = date(submittedOn);
    row.status = Objects.requireNonNull(status, "status");
    return row;
  }

  private void currency(String code) {
    this.currency = Objects.requireNonNull(code, "currency");
    this.currencyDecimals = minorUnits(code);
  }

  // ISO 4217 minor units (JPY 0, KWD 3); an unknown code or a pseudo-currency prints 2 decimals.
  private static int minorUnits(String code) {
    try {
      int digits = Currency.getInstance(code).getDefaultFractionDigits();
      return digits < 0 ? 2 : digits;
    } catch (IllegalArgumentException e) {
      return 2;
    }
  }

  private void money(BigDecimal received, BigDecimal attributed, BigDecimal spent) {
    this.receivedUsd = Objects.requireNonNull(received, "receivedUsd");
    this.attributedUsd = Objects.requireNonNull(attributed, "attributedUsd");
    this.spentUsd = Objects.requireNonNull(spent, "spentUsd");
    this.unallocatedUsd = received.subtract(attributed);
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

  private static int nonNull(Integer count) {
    return count == null ? 0 : count;
  }

  // The JVM's midnight: the template formats dates in the JVM's zone.
  private static Date date(LocalDate day) {
    return day == null ? null : Date.from(day.atStartOfDay(ZoneId.systemDefault()).toInstant());
  }

  /** {@link Section}'s name: the template picks bands and labels by it. */
  public String getSection() {
    return section.name();
  }

  /** {@link Kind}'s name. */
  public String getKind() {
    return kind.name();
  }

  /** Summary figure, pledge kind, kind of use or region, as an enum name. */
  public String getCode() {
    return code;
  }

  /** Bank reference (receipts), fund name (earmarks), title (uses), description (obligations). */
  public String getLabel() {
    return label;
  }

  /** Pledge reference (pledges, receipts, obligations), grant or activity reference (uses). */
  public String getReference() {
    return reference;
  }

  /** Fund code. */
  public String getFund() {
    return fund;
  }

  /** Earmark code. */
  public String getEarmark() {
    return earmark;
  }

  /** Country or "city, country" (uses), earmark name (earmarks). */
  public String getPlace() {
    return place;
  }

  /** Status enum name (pledges, uses, obligations). */
  public String getStatus() {
    return status;
  }

  /** Pledged on, received on, starts on, due on. */
  public Date getStartOn() {
    return startOn;
  }

  /** Ends on (uses), submitted on (obligations). */
  public Date getEndOn() {
    return endOn;
  }

  /** In {@link #getCurrency()}: pledged or received. */
  public BigDecimal getAmount() {
    return amount;
  }

  public String getCurrency() {
    return currency;
  }

  /**
   * The currency's decimals (ISO 4217 minor units, 2 when unknown): the template prints {@link
   * #getAmount()} with as many.
   */
  public Integer getCurrencyDecimals() {
    return currencyDecimals;
  }

  public BigDecimal getUnitsPerUsd() {
    return unitsPerUsd;
  }

  /** The line's main USD figure: summary figure, pledge's USD value, receipt in USD. */
  public BigDecimal getUsd() {
    return usd;
  }

  public BigDecimal getReceivedUsd() {
    return receivedUsd;
  }

  public BigDecimal getExchangeDifferenceUsd() {
    return exchangeDifferenceUsd;
  }

  public BigDecimal getOutstandingUsd() {
    return outstandingUsd;
  }

  /** A use's allocations, all donors together. */
  public BigDecimal getAllocationUsd() {
    return allocationUsd;
  }

  /** This donor's share. */
  public BigDecimal getAttributedUsd() {
    return attributedUsd;
  }

  public BigDecimal getSpentUsd() {
    return spentUsd;
  }

  public BigDecimal getUnallocatedUsd() {
    return unallocatedUsd;
  }

  public Boolean getReversal() {
    return reversal;
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
}
