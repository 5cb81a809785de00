package org.quicksilver.reporting;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.text.Collator;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.quicksilver.funding.ObligationStatus;
import org.quicksilver.funding.PledgeKind;
import org.quicksilver.funding.PledgeRow;
import org.quicksilver.funding.SpentShare;
import org.quicksilver.funding.UsdConversion;
import org.quicksilver.platform.Translations;
import org.quicksilver.projects.rules.ActivityStatus;
import org.quicksilver.projects.rules.Gender;
import org.quicksilver.projects.rules.PilotProjectStatus;
import org.quicksilver.reference.RegionalGroup;
import org.quicksilver.reports.DonorReportRow;
import org.quicksilver.reports.DonorReportRow.Figure;
import org.quicksilver.reports.DonorReportRow.Section;
import org.quicksilver.reports.DonorReportRow.Use;

/**
 * The lines of one donor's report for a period, with the data as it stood at the end of {@link
 * DataAsOf}'s day: each section read in one or two grouped queries, whatever the number of
 * receipts, allocations or activities.
 *
 * <p>The rules, all in USD:
 *
 * <ul>
 *   <li>Pledges: those made in the period, paid by receipts of the period, or still expecting money
 *       at its end; each with what its receipts brought up to the period's end, its status,
 *       exchange difference and outstanding amount as {@link PledgeRow} reckons them on the status
 *       day (the period's end, or the data's day if earlier: a write-off dated later is not known
 *       yet). Outstanding is valued at the pledge's rate, as the status of contributions does.
 *   <li>Summary: pledged = the USD value of the pledges made in the period; received = the receipts
 *       of the period, reversals deducted; exchange difference = the pledges section's; attributed
 *       = the donor's shares of the allocations dated in the period; spent = the donor's part (see
 *       {@link SpentShare}) of the expenses dated in the period; unallocated = received minus
 *       attributed up to the period's end; allocated unspent = attributed minus spent up to the
 *       period's end; outstanding = the pledges section's.
 *   <li>Uses: every grant, activity or pilot project that an allocation dated in the period drew on
 *       the donor's money for, or that the donor's money was spent on in the period; an allocation
 *       with no such target (or one whose record is gone) is a line of its own, "other". The use
 *       lines add up to the summary's attributed and spent.
 *   <li>Participants: those of the activities among the uses, counted in full (not pro rata).
 *   <li>Obligations: those of the donor's pledges due in the period, or due before it and not sent
 *       by its end (sent on a day after the status day counts as not sent yet).
 * </ul>
 */
final class DonorReportRows {
  private static final BigDecimal ZERO = BigDecimal.ZERO.setScale(2);

  /**
   * An activity (the id expression given) that an allocation drawing on the donor's money names.
   */
  private static final String FUNDED_ACTIVITY =
      "exists (select al.id from Allocation al join al.shares sh where al.targetKind = 'ACTIVITY'"
          + " and al.targetId = %s and key(sh) = :d and al.allocatedOn <= :to"
          + " and al.recordedAt < :end)";

  private static final String GRANT = "GRANT";
  private static final String ACTIVITY = "ACTIVITY";
  private static final String PILOT = "PILOT";

  private final EntityManager em;
  private final long donorId;
  private final LocalDate from;
  private final LocalDate to;
  private final Instant end;
  private final LocalDate statusDay;
  private final Locale locale;

  private boolean illustrative;

  // what the sections found, for the summary
  private BigDecimal pledged = ZERO;
  private BigDecimal received = ZERO;
  private BigDecimal exchangeDifference = ZERO;
  private BigDecimal outstanding = ZERO;
  private BigDecimal attributed = ZERO;
  private BigDecimal spent = ZERO;
  private BigDecimal receivedToEnd = ZERO;
  private BigDecimal attributedToEnd = ZERO;
  private BigDecimal spentToEnd = ZERO;

  DonorReportRows(
      EntityManager em, long donorId, LocalDate from, LocalDate to, DataAsOf asOf, Locale locale) {
    this.em = em;
    this.donorId = donorId;
    this.from = from;
    this.to = to;
    this.end = asOf.end();
    this.statusDay = asOf.statusDay(to);
    this.locale = locale;
  }

  /** Every section in print order. */
  List<DonorReportRow> all() {
    List<DonorReportRow> pledges = pledges();
    List<DonorReportRow> receipts = receipts();
    Allocations allocations = allocations();
    List<DonorReportRow> earmarks = earmarks(allocations);
    Set<Long> activities = new HashSet<>();
    List<DonorReportRow> uses = uses(allocations, activities);
    List<DonorReportRow> participants = participants(activities);
    List<DonorReportRow> obligations = obligations();
    List<DonorReportRow> rows = new ArrayList<>(summary());
    rows.addAll(pledges);
    rows.addAll(receipts);
    rows.addAll(earmarks);
    rows.addAll(uses);
    rows.addAll(participants);
    rows.addAll(obligations);
    return rows;
  }

  /** Whether some of the donor's pledges or receipts shown are illustrative (demonstration). */
  boolean illustrative() {
    return illustrative;
  }

  private List<DonorReportRow> summary() {
    return List.of(
        DonorReportRow.figure(Figure.PLEDGED, pledged),
        DonorReportRow.figure(Figure.RECEIVED, received),
        DonorReportRow.figure(Figure.EXCHANGE_DIFFERENCE, exchangeDifference),
        DonorReportRow.figure(Figure.ATTRIBUTED, attributed),
        DonorReportRow.figure(Figure.SPENT, spent),
        DonorReportRow.figure(Figure.UNALLOCATED, receivedToEnd.subtract(attributedToEnd)),
        DonorReportRow.figure(Figure.ALLOCATED_UNSPENT, attributedToEnd.subtract(spentToEnd)),
        DonorReportRow.figure(Figure.OUTSTANDING, outstanding));
  }

  // ---------------------------------------------------------------- pledges

  private List<DonorReportRow> pledges() {
    Map<Long, Object[]> paid = new HashMap<>();
    em.createQuery(
            "select p.id, sum(r.amount), sum(r.usdAmount),"
                + " sum(case when r.receivedOn >= :from then 1 else 0 end)"
                + " from Receipt r join r.pledge p where r.donor.id = :d"
                + " and r.receivedOn <= :to and r.postedAt < :end group by p.id",
            Object[].class)
        .setParameter("d", donorId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("end", end)
        .getResultStream()
        .forEach(row -> paid.put((Long) row[0], row));
    List<DonorReportRow> rows = new ArrayList<>();
    BigDecimal usdTotal = ZERO;
    BigDecimal receivedTotal = ZERO;
    for (Object[] p :
        em.createQuery(
                "select p.id, p.kind, p.reference, f.code, e.code, p.pledgedOn, p.expectedBy,"
                    + " p.amount, p.currencyCode, p.unitsPerUsd, p.usdValue, p.writtenOffOn,"
                    + " p.illustrative from Pledge p join p.fund f join p.earmark e"
                    + " where p.donor.id = :d and p.pledgedOn <= :to and p.recordedAt < :end"
                    + " order by p.pledgedOn, p.reference",
                Object[].class)
            .setParameter("d", donorId)
            .setParameter("to", to)
            .setParameter("end", end)
            .getResultList()) {
      Object[] receipts = paid.get((Long) p[0]);
      BigDecimal amount = (BigDecimal) p[7];
      BigDecimal usdValue = (BigDecimal) p[10];
      LocalDate writtenOff = (LocalDate) p[11];
      var pledge =
          new PledgeRow(
              (Long) p[0],
              donorId,
              null,
              (String) p[3],
              (String) p[4],
              (PledgeKind) p[1],
              (String) p[2],
              (LocalDate) p[5],
              (LocalDate) p[6],
              amount,
              (String) p[8],
              usdValue,
              writtenOff == null || writtenOff.isAfter(statusDay) ? null : writtenOff,
              receipts == null ? BigDecimal.ZERO : (BigDecimal) receipts[1],
              receipts == null ? ZERO : (BigDecimal) receipts[2],
              0);
      BigDecimal stillExpected = UsdConversion.toUsd(pledge.outstanding(), (BigDecimal) p[9]);
      boolean madeInPeriod = !pledge.pledgedOn().isBefore(from);
      boolean paidInPeriod = receipts != null && ((Number) receipts[3]).longValue() > 0;
      if (madeInPeriod) {
        pledged = pledged.add(usdValue);
      }
      outstanding = outstanding.add(stillExpected);
      if (!madeInPeriod && !paidInPeriod && stillExpected.signum() == 0) {
        continue;
      }
      illustrative |= (Boolean) p[12];
      BigDecimal difference = pledge.exchangeDifference();
      exchangeDifference = exchangeDifference.add(difference);
      usdTotal = usdTotal.add(usdValue);
      receivedTotal = receivedTotal.add(pledge.receivedUsd());
      rows.add(
          DonorReportRow.pledge(
              pledge.kind().name(),
              pledge.reference(),
              pledge.fundCode(),
              pledge.earmarkCode(),
              pledge.pledgedOn(),
              amount,
              pledge.currencyCode(),
              (BigDecimal) p[9],
              usdValue,
              pledge.receivedUsd(),
              difference,
              stillExpected,
              pledge.status(statusDay).name()));
    }
    if (rows.isEmpty()) {
      return List.of(DonorReportRow.none(Section.PLEDGES));
    }
    rows.add(DonorReportRow.pledgesTotal(usdTotal, receivedTotal, exchangeDifference, outstanding));
    return rows;
  }

  // ---------------------------------------------------------------- receipts

  private List<DonorReportRow> receipts() {
    List<DonorReportRow> rows = new ArrayList<>();
    for (Object[] r :
        em.createQuery(
                "select r.receivedOn, f.code, e.code, p.reference, r.bankReference, r.amount,"
                    + " r.currencyCode, r.unitsPerUsd, r.usdAmount, rv.id, r.illustrative"
                    + " from Receipt r join r.fund f join r.earmark e left join r.pledge p"
                    + " left join r.reverses rv where r.donor.id = :d"
                    + " and r.receivedOn between :from and :to and r.postedAt < :end"
                    + " order by r.receivedOn, r.id",
                Object[].class)
            .setParameter("d", donorId)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("end", end)
            .getResultList()) {
      illustrative |= (Boolean) r[10];
      received = received.add((BigDecimal) r[8]);
      rows.add(
          DonorReportRow.receipt(
              (LocalDate) r[0],
              (String) r[1],
              (String) r[2],
              (String) r[3],
              (String) r[4],
              (BigDecimal) r[5],
              (String) r[6],
              (BigDecimal) r[7],
              (BigDecimal) r[8],
              r[9] != null));
    }
    if (rows.isEmpty()) {
      return List.of(DonorReportRow.none(Section.RECEIPTS));
    }
    rows.add(DonorReportRow.receiptsTotal(received));
    return rows;
  }

  // ---------------------------------------------------------------- allocations and spending

  /** An allocation that drew on the donor's money, with the donor's part of its spending. */
  private static final class Drawn {
    long id;
    long earmarkId;
    LocalDate allocatedOn;
    BigDecimal amount;
    String targetKind;
    Long targetId;
    String purpose;
    BigDecimal share;
    Map<Long, BigDecimal> shares = new HashMap<>();
    BigDecimal spentBefore = ZERO;
    BigDecimal spentToEnd = ZERO;

    boolean inPeriod(LocalDate from) {
      return !allocatedOn.isBefore(from);
    }

    BigDecimal donorSpentToEnd(long donor) {
      return SpentShare.of(shares, spentToEnd).getOrDefault(donor, ZERO);
    }

    BigDecimal donorSpentInPeriod(long donor) {
      return SpentShare.between(shares, donor, spentBefore, spentToEnd);
    }
  }

  private record Allocations(Collection<Drawn> all) {}

  /**
   * The allocations dated up to the period's end that carry a share of the donor, with every
   * donor's shares and what was spent from them before the period and up to its end.
   */
  private Allocations allocations() {
    String drawing =
        " from Allocation a join a.shares s where key(s) = :d and a.allocatedOn <= :to"
            + " and a.recordedAt < :end";
    Map<Long, Drawn> drawn = new LinkedHashMap<>();
    em.createQuery(
            "select a.id, a.earmark.id, a.allocatedOn, a.amountUsd, a.targetKind, a.targetId,"
                + " a.purpose, value(s)"
                + drawing
                + " order by a.allocatedOn, a.id",
            Object[].class)
        .setParameter("d", donorId)
        .setParameter("to", to)
        .setParameter("end", end)
        .getResultStream()
        .forEach(
            row -> {
              var a = new Drawn();
              a.id = (Long) row[0];
              a.earmarkId = (Long) row[1];
              a.allocatedOn = (LocalDate) row[2];
              a.amount = (BigDecimal) row[3];
              a.targetKind = (String) row[4];
              a.targetId = (Long) row[5];
              a.purpose = (String) row[6];
              a.share = (BigDecimal) row[7];
              drawn.put(a.id, a);
            });
    if (drawn.isEmpty()) {
      return new Allocations(List.of());
    }
    // every donor's share of those allocations, by a join on the donor's own share
    em.createQuery(
            "select a.id, key(t), value(t) from Allocation a join a.shares s join a.shares t"
                + " where key(s) = :d and a.allocatedOn <= :to and a.recordedAt < :end",
            Object[].class)
        .setParameter("d", donorId)
        .setParameter("to", to)
        .setParameter("end", end)
        .getResultStream()
        .forEach(row -> drawn.get((Long) row[0]).shares.put((Long) row[1], (BigDecimal) row[2]));
    em.createQuery(
            "select x.allocation.id,"
                + " sum(case when x.spentOn < :from then x.amountUsd else 0 end),"
                + " sum(x.amountUsd) from Expense x join x.allocation a join a.shares s"
                + " where x.spentOn <= :to and x.recordedAt < :end"
                + " and key(s) = :d and a.allocatedOn <= :to and a.recordedAt < :end"
                + " group by x.allocation.id",
            Object[].class)
        .setParameter("d", donorId)
        .setParameter("from", from)
        .setParameter("to", to)
        .setParameter("end", end)
        .getResultStream()
        .forEach(
            row -> {
              Drawn a = drawn.get((Long) row[0]);
              a.spentBefore = money(row[1]);
              a.spentToEnd = money(row[2]);
            });
    for (Drawn a : drawn.values()) {
      attributedToEnd = attributedToEnd.add(a.share);
      spentToEnd = spentToEnd.add(a.donorSpentToEnd(donorId));
      if (a.inPeriod(from)) {
        attributed = attributed.add(a.share);
      }
      spent = spent.add(a.donorSpentInPeriod(donorId));
    }
    return new Allocations(drawn.values());
  }

  private static BigDecimal money(Object sum) {
    return sum == null ? ZERO : UsdConversion.cents(new BigDecimal(sum.toString()));
  }

  // ---------------------------------------------------------------- earmarks

  private List<DonorReportRow> earmarks(Allocations allocations) {
    Map<Long, BigDecimal> receivedBy = new HashMap<>();
    em.createQuery(
            "select r.earmark.id, sum(r.usdAmount) from Receipt r where r.donor.id = :d"
                + " and r.receivedOn <= :to and r.postedAt < :end group by r.earmark.id",
            Object[].class)
        .setParameter("d", donorId)
        .setParameter("to", to)
        .setParameter("end", end)
        .getResultStream()
        .forEach(row -> receivedBy.put((Long) row[0], (BigDecimal) row[1]));
    Map<Long, BigDecimal> attributedBy = new HashMap<>();
    Map<Long, BigDecimal> spentBy = new HashMap<>();
    for (Drawn a : allocations.all()) {
      attributedBy.merge(a.earmarkId, a.share, BigDecimal::add);
      spentBy.merge(a.earmarkId, a.donorSpentToEnd(donorId), BigDecimal::add);
    }
    Set<Long> earmarks = new HashSet<>(receivedBy.keySet());
    earmarks.addAll(attributedBy.keySet());
    if (earmarks.isEmpty()) {
      return List.of(DonorReportRow.none(Section.EARMARKS));
    }
    List<DonorReportRow> rows = new ArrayList<>();
    for (Object[] e :
        em.createQuery(
                "select e.id, f.code, f.nameEn, f.nameFr, f.nameEs, e.code, e.nameEn, e.nameFr,"
                    + " e.nameEs from Earmark e join e.fund f where e.id in :ids"
                    + " order by f.code, e.code",
                Object[].class)
            .setParameter("ids", earmarks)
            .getResultList()) {
      Long id = (Long) e[0];
      rows.add(
          DonorReportRow.earmark(
              (String) e[1],
              Translations.pick(locale, (String) e[2], (String) e[3], (String) e[4]),
              (String) e[5],
              Translations.pick(locale, (String) e[6], (String) e[7], (String) e[8]),
              receivedBy.getOrDefault(id, ZERO),
              attributedBy.getOrDefault(id, ZERO),
              spentBy.getOrDefault(id, ZERO)));
    }
    receivedToEnd = receivedBy.values().stream().reduce(ZERO, BigDecimal::add);
    rows.add(DonorReportRow.earmarksTotal(receivedToEnd, attributedToEnd, spentToEnd));
    return rows;
  }

  // ---------------------------------------------------------------- uses

  /** One thing the donor's money paid for, with its allocations of the period. */
  private static final class Target {
    final Use use;
    final Long id;
    String reference;
    String title;
    String place;
    LocalDate startOn;
    LocalDate endOn;
    String status;
    String purpose;
    String sortKey = "";
    BigDecimal allocation = ZERO;
    BigDecimal attributed = ZERO;
    BigDecimal spent = ZERO;
    GenderCounts people;

    Target(Use use, Long id) {
      this.use = use;
      this.id = id;
    }
  }

  private List<DonorReportRow> uses(Allocations allocations, Set<Long> activitiesOut) {
    Map<String, Target> targets = new LinkedHashMap<>();
    for (Drawn a : allocations.all()) {
      BigDecimal spentInPeriod = a.donorSpentInPeriod(donorId);
      if (!a.inPeriod(from) && spentInPeriod.signum() == 0) {
        continue;
      }
      Use use = use(a);
      Long id = use == Use.OTHER ? a.id : a.targetId;
      Target target = targets.computeIfAbsent(use + ":" + id, k -> new Target(use, id));
      if (target.purpose == null) {
        target.purpose = a.purpose;
      }
      if (a.inPeriod(from)) {
        target.allocation = target.allocation.add(a.amount);
        target.attributed = target.attributed.add(a.share);
      }
      target.spent = target.spent.add(spentInPeriod);
    }
    if (targets.isEmpty()) {
      return List.of(DonorReportRow.none(Section.USES));
    }
    Map<Use, Map<Long, Target>> byUse = new EnumMap<>(Use.class);
    for (Target target : targets.values()) {
      byUse.computeIfAbsent(target.use, u -> new LinkedHashMap<>()).put(target.id, target);
    }
    grants(byUse.getOrDefault(Use.GRANT, Map.of()));
    activities(byUse.getOrDefault(Use.ACTIVITY, Map.of()));
    pilots(byUse.getOrDefault(Use.PILOT, Map.of()));
    // the others, and a target whose record is gone, are shown by their allocation's purpose
    Map<Use, List<Target>> lines = new EnumMap<>(Use.class);
    for (Target target : targets.values()) {
      Use use = target.title == null ? Use.OTHER : target.use;
      if (target.title == null) {
        target.title = target.purpose;
      }
      lines.computeIfAbsent(use, u -> new ArrayList<>()).add(target);
    }
    Collator collator = Collator.getInstance(locale);
    List<DonorReportRow> rows = new ArrayList<>();
    BigDecimal allocationTotal = ZERO;
    BigDecimal attributedTotal = ZERO;
    BigDecimal spentTotal = ZERO;
    for (Use use : Use.values()) {
      List<Target> ofUse = lines.getOrDefault(use, List.of());
      if (ofUse.isEmpty()) {
        continue;
      }
      if (use != Use.OTHER) {
        ofUse.sort(Comparator.comparing((Target t) -> t.sortKey, collator));
      }
      rows.add(DonorReportRow.useHeading(use));
      BigDecimal allocation = ZERO;
      BigDecimal share = ZERO;
      BigDecimal used = ZERO;
      for (Target t : ofUse) {
        if (use == Use.ACTIVITY) {
          activitiesOut.add(t.id);
        }
        rows.add(
            DonorReportRow.use(
                use,
                use == Use.OTHER ? null : t.reference,
                t.title,
                use == Use.OTHER ? null : t.place,
                use == Use.OTHER ? null : t.startOn,
                use == Use.OTHER ? null : t.endOn,
                use == Use.OTHER ? null : t.status,
                t.allocation,
                t.attributed,
                t.spent,
                t.people == null || use == Use.OTHER ? null : t.people.women,
                t.people == null || use == Use.OTHER ? null : t.people.men,
                t.people == null || use == Use.OTHER ? null : t.people.other));
        allocation = allocation.add(t.allocation);
        share = share.add(t.attributed);
        used = used.add(t.spent);
      }
      rows.add(DonorReportRow.usesTotal(use, allocation, share, used));
      allocationTotal = allocationTotal.add(allocation);
      attributedTotal = attributedTotal.add(share);
      spentTotal = spentTotal.add(used);
    }
    rows.add(DonorReportRow.usesTotal(null, allocationTotal, attributedTotal, spentTotal));
    return rows;
  }

  private static Use use(Drawn a) {
    if (a.targetId == null || a.targetKind == null) {
      return Use.OTHER;
    }
    return switch (a.targetKind) {
      case GRANT -> Use.GRANT;
      case ACTIVITY -> Use.ACTIVITY;
      case PILOT -> Use.PILOT;
      default -> Use.OTHER;
    };
  }

  private void grants(Map<Long, Target> grants) {
    if (grants.isEmpty()) {
      return;
    }
    for (Object[] g :
        em.createQuery(
                "select g.id, g.reference, ap.title, c.nameEn, c.nameFr, c.nameEs, g.signedOn,"
                    + " g.closedOn from Grant g join g.application ap join ap.country c"
                    + " where g.id in :ids",
                Object[].class)
            .setParameter("ids", grants.keySet())
            .getResultList()) {
      Target t = grants.get((Long) g[0]);
      t.reference = (String) g[1];
      t.title = (String) g[2];
      t.place = Translations.pick(locale, (String) g[3], (String) g[4], (String) g[5]);
      LocalDate signed = (LocalDate) g[6];
      LocalDate closed = (LocalDate) g[7];
      t.startOn = signed != null && !signed.isAfter(statusDay) ? signed : null;
      boolean closedThen = closed != null && !closed.isAfter(statusDay);
      t.endOn = closedThen ? closed : null;
      t.status = closedThen ? "CLOSED" : "ACTIVE";
      t.sortKey = t.reference;
    }
  }

  private void activities(Map<Long, Target> activities) {
    if (activities.isEmpty()) {
      return;
    }
    Map<Long, GenderCounts> counts = new HashMap<>();
    // Every activity the donor's money paid for up to the period's end, kept if it is a use of
    // this period: a subquery, not "in :ids", which with thousands of ids cost seconds.
    fundedBy(
            em.createQuery(
                "select p.activity.id, p.gender, count(p) from Participant p"
                    + " where p.recordedAt < :end and "
                    + FUNDED_ACTIVITY.formatted("p.activity.id")
                    + " group by p.activity.id, p.gender",
                Object[].class))
        .getResultStream()
        .filter(c -> activities.containsKey((Long) c[0]))
        .forEach(
            c ->
                counts
                    .computeIfAbsent((Long) c[0], k -> new GenderCounts())
                    .add((Gender) c[1], (Long) c[2]));
    for (Object[] a :
        fundedBy(
                em.createQuery(
                    "select a.id, a.title, a.venueCity, vc.nameEn, vc.nameFr, vc.nameEs,"
                        + " a.online, a.startOn, a.endOn, a.status from Activity a"
                        + " left join a.venueCountry vc where "
                        + FUNDED_ACTIVITY.formatted("a.id"),
                    Object[].class))
            .getResultList()) {
      Target t = activities.get((Long) a[0]);
      if (t == null) {
        continue;
      }
      t.title = (String) a[1];
      t.place = (Boolean) a[6] ? null : place((String) a[2], a[3], a[4], a[5]);
      t.startOn = (LocalDate) a[7];
      t.endOn = (LocalDate) a[8];
      t.status = ((ActivityStatus) a[9]).name();
      t.people = counts.getOrDefault(t.id, new GenderCounts());
      t.sortKey = (t.startOn == null ? "9999" : t.startOn.toString()) + " " + t.title;
    }
  }

  private void pilots(Map<Long, Target> pilots) {
    if (pilots.isEmpty()) {
      return;
    }
    for (Object[] p :
        em.createQuery(
                "select pp.id, pp.title, c.nameEn, c.nameFr, c.nameEs, pp.status"
                    + " from PilotProject pp join pp.country c where pp.id in :ids",
                Object[].class)
            .setParameter("ids", pilots.keySet())
            .getResultList()) {
      Target t = pilots.get((Long) p[0]);
      t.title = (String) p[1];
      t.place = Translations.pick(locale, (String) p[2], (String) p[3], (String) p[4]);
      t.status = ((PilotProjectStatus) p[5]).name();
      t.sortKey = t.place + " " + t.title;
    }
  }

  private String place(String city, Object english, Object french, Object spanish) {
    String country =
        english == null
            ? null
            : Translations.pick(locale, (String) english, (String) french, (String) spanish);
    if (city == null || city.isBlank()) {
      return country;
    }
    return country == null ? city : city + ", " + country;
  }

  // ---------------------------------------------------------------- participants

  private <T> jakarta.persistence.TypedQuery<T> fundedBy(jakarta.persistence.TypedQuery<T> query) {
    return query.setParameter("d", donorId).setParameter("to", to).setParameter("end", end);
  }

  private List<DonorReportRow> participants(Set<Long> activities) {
    if (activities.isEmpty()) {
      return List.of(DonorReportRow.none(Section.PARTICIPANTS));
    }
    Map<RegionalGroup, GenderCounts> byRegion = new EnumMap<>(RegionalGroup.class);
    fundedBy(
            em.createQuery(
                "select p.activity.id, c.regionalGroup, p.gender, count(p) from Participant p"
                    + " join p.country c where p.recordedAt < :end and "
                    + FUNDED_ACTIVITY.formatted("p.activity.id")
                    + " group by p.activity.id, c.regionalGroup, p.gender",
                Object[].class))
        .getResultStream()
        .filter(c -> c[1] != null && activities.contains((Long) c[0]))
        .map(c -> new Object[] {c[1], c[2], c[3]})
        .forEach(
            c ->
                byRegion
                    .computeIfAbsent((RegionalGroup) c[0], r -> new GenderCounts())
                    .add((Gender) c[1], (Long) c[2]));
    if (byRegion.isEmpty()) {
      return List.of(DonorReportRow.none(Section.PARTICIPANTS));
    }
    List<DonorReportRow> rows = new ArrayList<>();
    GenderCounts total = new GenderCounts();
    byRegion.forEach(
        (region, c) -> {
          rows.add(DonorReportRow.region(region.name(), c.women, c.men, c.other));
          total.add(c);
        });
    rows.add(DonorReportRow.regionsTotal(total.women, total.men, total.other));
    return rows;
  }

  // ---------------------------------------------------------------- obligations

  private List<DonorReportRow> obligations() {
    List<DonorReportRow> rows = new ArrayList<>();
    for (Object[] o :
        em.createQuery(
                "select o.description, p.reference, o.dueOn, o.submittedOn"
                    + " from ReportingObligation o join o.pledge p where p.donor.id = :d"
                    + " and p.recordedAt < :end and o.dueOn <= :to"
                    + " and (o.dueOn >= :from or o.submittedOn is null or o.submittedOn > :day)"
                    + " order by o.dueOn, o.id",
                Object[].class)
            .setParameter("d", donorId)
            .setParameter("from", from)
            .setParameter("to", to)
            .setParameter("day", statusDay)
            .setParameter("end", end)
            .getResultList()) {
      LocalDate due = (LocalDate) o[2];
      LocalDate submitted = (LocalDate) o[3];
      LocalDate sentThen = submitted != null && !submitted.isAfter(statusDay) ? submitted : null;
      rows.add(
          DonorReportRow.obligation(
              (String) o[0], (String) o[1], due, sentThen, status(due, sentThen)));
    }
    return rows.isEmpty() ? List.of(DonorReportRow.none(Section.OBLIGATIONS)) : rows;
  }

  /** {@code DUE}, {@code OVERDUE} or {@code SENT} on the status day. */
  private String status(LocalDate due, LocalDate sent) {
    return switch (ObligationStatus.of(due, sent, statusDay)) {
      case SUBMITTED -> "SENT";
      case OVERDUE -> "OVERDUE";
      case DUE -> "DUE";
    };
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
