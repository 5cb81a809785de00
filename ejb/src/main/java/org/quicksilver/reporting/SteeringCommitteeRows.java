package org.quicksilver.reporting;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.quicksilver.platform.Translations;
import org.quicksilver.programme.EvaluationCriterion;
import org.quicksilver.programme.Round;
import org.quicksilver.programme.rules.ApplicationScoring;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.CommitteeMember;
import org.quicksilver.programme.rules.Disagreement;
import org.quicksilver.programme.rules.EnvelopeLine;
import org.quicksilver.programme.rules.FundingEnvelope;
import org.quicksilver.programme.rules.FundingRequest;
import org.quicksilver.programme.rules.RankedApplication;
import org.quicksilver.programme.rules.Ranking;
import org.quicksilver.programme.rules.RecusalReason;
import org.quicksilver.programme.rules.Recusals;
import org.quicksilver.programme.rules.ScoreSheet;
import org.quicksilver.programme.rules.ScoringGrid;
import org.quicksilver.programme.rules.SheetStatus;
import org.quicksilver.reference.RegionalGroup;
import org.quicksilver.reports.SteeringCommitteeReport;
import org.quicksilver.reports.SteeringCommitteeRow;

/**
 * Reads a round for the steering-committee report and builds its lines, section by section, in a
 * fixed number of queries: the round, its applications, their screening, criteria, members,
 * declared conflicts, score sheets and decisions. The ranking is the rules' (weighted mean of the
 * sheets submitted by members not recused) over every application the committee reviewed, decided
 * ones included, so that the report still shows the order of merit after the decisions.
 */
final class SteeringCommitteeRows {

  /** The applications the committee reviews: eligible, under review or decided. */
  private static final Set<ApplicationStatus> REVIEWED =
      EnumSet.of(
          ApplicationStatus.ELIGIBLE,
          ApplicationStatus.UNDER_REVIEW,
          ApplicationStatus.APPROVED,
          ApplicationStatus.APPROVED_WITH_CONDITIONS,
          ApplicationStatus.DEFERRED,
          ApplicationStatus.REJECTED);

  private final EntityManager em;
  private final Locale locale;

  SteeringCommitteeRows(EntityManager em, Locale locale) {
    this.em = em;
    this.locale = locale;
  }

  /** The round with its applications, as the report needs them. */
  record RoundData(Round round, SteeringCommitteeReport.Round header, List<App> applications) {}

  /** An application of the round. */
  record App(
      Long id,
      String reference,
      String title,
      ApplicationStatus status,
      BigDecimal requested,
      String eligibilityReason,
      String countryCode,
      String countryName,
      RegionalGroup region) {}

  SteeringCommitteeReport.Meeting meeting(long meetingId) {
    Object[] row =
        em.createQuery(
                "select m.reference, m.title, m.place, m.startsOn, m.endsOn, size(m.present),"
                    + " m.quorum from CommitteeMeeting m where m.id = :id",
                Object[].class)
            .setParameter("id", meetingId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> SteeringCommitteeReportService.notFound(meetingId));
    return new SteeringCommitteeReport.Meeting(
        (String) row[0],
        (String) row[1],
        (String) row[2],
        (LocalDate) row[3],
        (LocalDate) row[4],
        ((Number) row[5]).intValue(),
        ((Number) row[6]).intValue());
  }

  /** The latest round among the applications a meeting considers; null if it considers none. */
  Long roundOf(long meetingId) {
    return em.createQuery(
            "select a.round.id from CommitteeMeeting m join m.agenda a where m.id = :id"
                + " order by a.round.number desc",
            Long.class)
        .setParameter("id", meetingId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  RoundData round(long roundId) {
    Round round = em.find(Round.class, roundId);
    if (round == null) {
      throw SteeringCommitteeReportService.notFound(roundId);
    }
    boolean illustrative =
        em.createQuery("select r.illustrative from Round r where r.id = :id", Boolean.class)
            .setParameter("id", roundId)
            .getSingleResult();
    List<App> applications =
        em.createQuery(
                "select a.id, a.reference, a.title, a.status, a.amountRequested,"
                    + " a.eligibilityReason, c.isoCode, c.nameEn, c.nameFr, c.nameEs,"
                    + " c.regionalGroup from Application a join a.country c"
                    + " where a.round = :r order by a.reference",
                Object[].class)
            .setParameter("r", round)
            .getResultStream()
            .map(
                r ->
                    new App(
                        (Long) r[0],
                        (String) r[1],
                        (String) r[2],
                        (ApplicationStatus) r[3],
                        (BigDecimal) r[4],
                        (String) r[5],
                        (String) r[6],
                        Translations.pick(locale, (String) r[7], (String) r[8], (String) r[9]),
                        (RegionalGroup) r[10]))
            .toList();
    return new RoundData(
        round,
        new SteeringCommitteeReport.Round(
            round.getNumber(),
            round.getTitle(),
            round.getOpensOn(),
            round.getClosesOn(),
            illustrative),
        applications);
  }

  /** Every line of the report, section after section. */
  List<SteeringCommitteeRow> rows(
      RoundData data, Long meetingId, BigDecimal available, BigDecimal pledgedUnpaid) {
    List<SteeringCommitteeRow> rows = new ArrayList<>(regions(data.applications()));
    rows.addAll(screening(data));
    List<App> reviewed =
        data.applications().stream().filter(a -> REVIEWED.contains(a.status())).toList();
    Map<String, CommitteeMember> members = new LinkedHashMap<>();
    Map<String, String> memberCountries = new HashMap<>();
    loadMembers(members, memberCountries);
    Map<Long, Recusals> recusals = recusals(data.round(), reviewed, members);
    rows.addAll(
        rankingAndScores(data.round(), reviewed, members, recusals, available, pledgedUnpaid));
    rows.addAll(recusalRows(reviewed, members, memberCountries, recusals));
    List<SteeringCommitteeRow> decisions = new ArrayList<>();
    BigDecimal approved = decisions(data.round(), meetingId, decisions);
    BigDecimal requested = sum(data.applications());
    BigDecimal requestedReviewed = sum(reviewed);
    rows.add(SteeringCommitteeRow.money("REQUESTED", requested, false));
    rows.add(SteeringCommitteeRow.money("REQUESTED_ELIGIBLE", requestedReviewed, false));
    rows.add(SteeringCommitteeRow.money("AVAILABLE", available, false));
    rows.add(SteeringCommitteeRow.money("PLEDGED_UNPAID", pledgedUnpaid, false));
    rows.add(SteeringCommitteeRow.money("APPROVED", approved, false));
    rows.add(
        SteeringCommitteeRow.money(
            "BALANCE", available.add(pledgedUnpaid).subtract(requestedReviewed), true));
    rows.addAll(decisions);
    return rows;
  }

  private List<SteeringCommitteeRow> regions(List<App> applications) {
    Comparator<String> byName = Collator.getInstance(locale)::compare;
    Map<RegionalGroup, Map<String, List<App>>> byRegion = new TreeMap<>();
    for (App a : applications) {
      byRegion
          .computeIfAbsent(a.region(), r -> new TreeMap<>(byName))
          .computeIfAbsent(a.countryName(), c -> new ArrayList<>())
          .add(a);
    }
    List<SteeringCommitteeRow> rows = new ArrayList<>();
    byRegion.forEach(
        (region, countries) -> {
          countries.forEach(
              (country, apps) ->
                  rows.add(
                      SteeringCommitteeRow.country(
                          region.name(), country, apps.size(), eligible(apps), sum(apps))));
          List<App> all = countries.values().stream().flatMap(List::stream).toList();
          rows.add(
              SteeringCommitteeRow.regionTotal(region.name(), all.size(), eligible(all), sum(all)));
        });
    rows.add(
        SteeringCommitteeRow.allRegions(
            applications.size(), eligible(applications), sum(applications)));
    return rows;
  }

  private List<SteeringCommitteeRow> screening(RoundData data) {
    long items =
        em.createQuery("select count(i) from ChecklistItem i where i.round = :r", Long.class)
            .setParameter("r", data.round())
            .getSingleResult();
    Map<Long, Integer> met = new HashMap<>();
    Map<Long, List<String>> notMet = new HashMap<>();
    em.createQuery(
            "select s.application.id, s.met, s.comment, i.textEn, i.textFr, i.textEs"
                + " from ScreeningCheck s join s.item i where s.application.round = :r"
                + " order by i.position",
            Object[].class)
        .setParameter("r", data.round())
        .getResultStream()
        .forEach(
            r -> {
              Long id = (Long) r[0];
              if ((Boolean) r[1]) {
                met.merge(id, 1, Integer::sum);
              } else {
                String item =
                    Translations.pick(locale, (String) r[3], (String) r[4], (String) r[5]);
                notMet
                    .computeIfAbsent(id, k -> new ArrayList<>())
                    .add(r[2] == null ? item : item + " – " + r[2]);
              }
            });
    return data.applications().stream()
        .map(
            a -> {
              List<String> reasons = new ArrayList<>();
              if (a.eligibilityReason() != null) {
                reasons.add(a.eligibilityReason());
              }
              reasons.addAll(notMet.getOrDefault(a.id(), List.of()));
              return SteeringCommitteeRow.screening(
                  a.reference(),
                  a.countryName(),
                  a.title(),
                  met.getOrDefault(a.id(), 0),
                  (int) items,
                  screeningOutcome(a.status()),
                  reasons.isEmpty() ? null : String.join("\n", reasons));
            })
        .toList();
  }

  private static String screeningOutcome(ApplicationStatus status) {
    return switch (status) {
      case RECEIVED, SCREENING -> "PENDING";
      case INELIGIBLE -> "INELIGIBLE";
      case WITHDRAWN -> "WITHDRAWN";
      default -> "ELIGIBLE";
    };
  }

  private void loadMembers(
      Map<String, CommitteeMember> members, Map<String, String> memberCountries) {
    em.createQuery(
            "select m.username, m.fullName, c.isoCode, c.nameEn, c.nameFr, c.nameEs"
                + " from CommitteeMember m join m.country c order by m.fullName",
            Object[].class)
        .getResultStream()
        .forEach(
            r -> {
              String username = (String) r[0];
              members.put(username, new CommitteeMember(username, (String) r[1], (String) r[2]));
              memberCountries.put(
                  username, Translations.pick(locale, (String) r[3], (String) r[4], (String) r[5]));
            });
  }

  private Map<Long, Recusals> recusals(
      Round round, List<App> reviewed, Map<String, CommitteeMember> members) {
    Map<Long, Recusals> recusals = new LinkedHashMap<>();
    reviewed.forEach(a -> recusals.put(a.id(), new Recusals(a.countryCode())));
    em.createQuery(
            "select d.application.id, d.member.username, d.reason from ConflictDeclaration d"
                + " where d.application.round = :r order by d.declaredAt",
            Object[].class)
        .setParameter("r", round)
        .getResultStream()
        .filter(r -> recusals.containsKey((Long) r[0]))
        .forEach(r -> recusals.get((Long) r[0]).declare(members.get((String) r[1]), (String) r[2]));
    return recusals;
  }

  private List<SteeringCommitteeRow> recusalRows(
      List<App> reviewed,
      Map<String, CommitteeMember> members,
      Map<String, String> memberCountries,
      Map<Long, Recusals> recusals) {
    List<SteeringCommitteeRow> rows = new ArrayList<>();
    for (App a : reviewed) {
      for (CommitteeMember member : members.values()) {
        recusals
            .get(a.id())
            .reasonFor(member)
            .ifPresent(
                (RecusalReason why) ->
                    rows.add(
                        SteeringCommitteeRow.recusal(
                            a.reference(),
                            a.countryName(),
                            member.name(),
                            memberCountries.get(member.id()),
                            why.sameCountry(),
                            why.declared().orElse(null))));
      }
    }
    return rows;
  }

  /** The ranking, then each ranked application's scores per criterion, in ranking order. */
  private List<SteeringCommitteeRow> rankingAndScores(
      Round round,
      List<App> reviewed,
      Map<String, CommitteeMember> members,
      Map<Long, Recusals> recusals,
      BigDecimal available,
      BigDecimal pledgedUnpaid) {
    List<EvaluationCriterion> criteria =
        em.createQuery(
                "select c from EvaluationCriterion c where c.round = :r order by c.position",
                EvaluationCriterion.class)
            .setParameter("r", round)
            .getResultList();
    ScoringGrid grid = round.grid();
    Map<Long, String> codes = new HashMap<>();
    criteria.forEach(c -> codes.put(c.getId(), c.getCode()));
    Map<Long, App> byId = new LinkedHashMap<>();
    Map<String, App> byReference = new HashMap<>();
    Map<Long, ApplicationScoring> scorings = new LinkedHashMap<>();
    for (App a : reviewed) {
      byId.put(a.id(), a);
      byReference.put(a.reference(), a);
      scorings.put(a.id(), new ApplicationScoring(a.reference(), grid, recusals.get(a.id())));
    }
    // applicationId -> criterion code -> submitted values
    Map<Long, Map<String, List<Integer>>> submitted = replaySheets(round, scorings, members, codes);

    Ranking ranking = Ranking.of(scorings.values());
    FundingEnvelope envelope =
        FundingEnvelope.draw(
            ranking.ranked().stream()
                .map(
                    r ->
                        new FundingRequest(
                            r.applicationReference(),
                            byReference.get(r.applicationReference()).requested()))
                .toList(),
            available,
            pledgedUnpaid);
    List<SteeringCommitteeRow> rankingRows = new ArrayList<>();
    List<SteeringCommitteeRow> scoreRows = new ArrayList<>();
    List<EnvelopeLine> lines = envelope.lines();
    for (int i = 0; i < ranking.ranked().size(); i++) {
      RankedApplication ranked = ranking.ranked().get(i);
      EnvelopeLine line = lines.get(i);
      App a = byReference.get(ranked.applicationReference());
      rankingRows.add(
          SteeringCommitteeRow.ranked(
              ranked.position(),
              a.reference(),
              a.countryName(),
              ranked.score(),
              ranked.sheetsSubmitted(),
              a.requested(),
              line.runningTotal(),
              line.coverage().name()));
      Set<String> disputed =
          ranked.disagreements().stream()
              .map(Disagreement::criterionCode)
              .collect(Collectors.toCollection(HashSet::new));
      Map<String, List<Integer>> values = submitted.getOrDefault(a.id(), Map.of());
      for (EvaluationCriterion c : criteria) {
        List<Integer> scores = values.getOrDefault(c.getCode(), List.of());
        if (!scores.isEmpty()) {
          scoreRows.add(
              SteeringCommitteeRow.criterionScores(
                  a.reference(),
                  c.name(locale),
                  c.getWeightPercent(),
                  mean(scores),
                  scores.stream().mapToInt(Integer::intValue).min().orElseThrow(),
                  scores.stream().mapToInt(Integer::intValue).max().orElseThrow(),
                  scores.size(),
                  disputed.contains(c.getCode())));
        }
      }
    }
    for (String reference : ranking.unscored()) {
      App a = byReference.get(reference);
      rankingRows.add(
          SteeringCommitteeRow.ranked(
              null,
              a.reference(),
              a.countryName(),
              null,
              0,
              a.requested(),
              null,
              SteeringCommitteeRow.UNSCORED));
    }
    rankingRows.addAll(scoreRows);
    return rankingRows;
  }

  /**
   * Replays the persisted sheets into the rules (recused members' sheets do not count, drafts are
   * not submitted) and returns the submitted values by application and criterion code.
   */
  private Map<Long, Map<String, List<Integer>>> replaySheets(
      Round round,
      Map<Long, ApplicationScoring> scorings,
      Map<String, CommitteeMember> members,
      Map<Long, String> codes) {
    record Sheet(Long applicationId, String username, SheetStatus status) {}
    Map<Sheet, Map<String, Integer>> sheets = new LinkedHashMap<>();
    em.createQuery(
            "select s.application.id, s.member.username, s.status, key(sc), sc.value"
                + " from ScoreSheet s left join s.scores sc where s.application.round = :r"
                + " order by s.id",
            Object[].class)
        .setParameter("r", round)
        .getResultStream()
        .forEach(
            r -> {
              Map<String, Integer> scores =
                  sheets.computeIfAbsent(
                      new Sheet((Long) r[0], (String) r[1], (SheetStatus) r[2]),
                      k -> new LinkedHashMap<>());
              if (r[3] != null) {
                scores.put(codes.get((Long) r[3]), (Integer) r[4]);
              }
            });
    Map<Long, Map<String, List<Integer>>> submitted = new HashMap<>();
    sheets.forEach(
        (sheet, scores) -> {
          ApplicationScoring scoring = scorings.get(sheet.applicationId());
          CommitteeMember member = members.get(sheet.username());
          if (scoring == null || scoring.getRecusals().isRecused(member)) {
            return;
          }
          ScoreSheet rules = scoring.sheetFor(member);
          scores.forEach(rules::score);
          if (sheet.status() == SheetStatus.SUBMITTED) {
            rules.submit();
            Map<String, List<Integer>> byCriterion =
                submitted.computeIfAbsent(sheet.applicationId(), k -> new HashMap<>());
            scores.forEach(
                (code, value) ->
                    byCriterion.computeIfAbsent(code, k -> new ArrayList<>()).add(value));
          }
        });
    return submitted;
  }

  /** Fills the decision lines and returns what the decisions approve, superseded ones left out. */
  private BigDecimal decisions(Round round, Long meetingId, List<SteeringCommitteeRow> rows) {
    String scope = meetingId == null ? "a.round = :scope" : "m.id = :scope";
    List<Object[]> found =
        em.createQuery(
                "select d.id, s.id, a.reference, c.nameEn, c.nameFr, c.nameEs, d.outcome,"
                    + " m.reference, sm.reference, d.approvedUsd, d.conditions, d.reasons"
                    + " from Decision d join d.application a join a.country c join d.meeting m"
                    + " left join d.supersedes s left join s.meeting sm where "
                    + scope
                    + " order by m.startsOn, a.reference",
                Object[].class)
            .setParameter("scope", meetingId == null ? round : meetingId)
            .getResultList();
    Set<Object> superseded = new HashSet<>();
    found.forEach(r -> superseded.add(r[1]));
    BigDecimal approved = BigDecimal.ZERO.setScale(2);
    for (Object[] r : found) {
      BigDecimal amount = (BigDecimal) r[9];
      if (amount != null && !superseded.contains(r[0])) {
        approved = approved.add(amount);
      }
      rows.add(
          SteeringCommitteeRow.decision(
              (String) r[2],
              Translations.pick(locale, (String) r[3], (String) r[4], (String) r[5]),
              r[6].toString(),
              (String) r[7],
              (String) r[8],
              amount,
              (String) r[10],
              (String) r[11]));
    }
    return approved;
  }

  private static int eligible(List<App> applications) {
    return (int) applications.stream().filter(a -> REVIEWED.contains(a.status())).count();
  }

  private static BigDecimal sum(List<App> applications) {
    return applications.stream()
        .map(App::requested)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  private static BigDecimal mean(List<Integer> values) {
    long total = values.stream().mapToLong(Integer::longValue).sum();
    return BigDecimal.valueOf(total)
        .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_EVEN);
  }
}
