package org.quicksilver.programme;

import static org.quicksilver.security.Permissions.PROGRAMME_CHAIR;
import static org.quicksilver.security.Permissions.PROGRAMME_READ;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.platform.Records;
import org.quicksilver.programme.rules.ApplicationScoring;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Coverage;
import org.quicksilver.programme.rules.Disagreement;
import org.quicksilver.programme.rules.EnvelopeLine;
import org.quicksilver.programme.rules.FundingEnvelope;
import org.quicksilver.programme.rules.FundingRequest;
import org.quicksilver.programme.rules.MemberProgress;
import org.quicksilver.programme.rules.RankedApplication;
import org.quicksilver.programme.rules.Ranking;
import org.quicksilver.programme.rules.Recusals;
import org.quicksilver.programme.rules.ScoringGrid;
import org.quicksilver.programme.rules.ScoringProgress;
import org.quicksilver.programme.rules.SheetStatus;

/**
 * A round's ranking of the applications under review by the weighted mean of submitted sheets, with
 * disagreements flagged, the committee's progress, and the money beside it: the round's earmark's
 * available balance and its pledged-but-unpaid money drawn down the ranking. A fixed number of
 * queries, whatever the number of applications, members and sheets.
 */
@Stateless
public class RankingService {
  @PersistenceContext private EntityManager em;

  @RequiresPermissions(
      value = {PROGRAMME_READ, PROGRAMME_CHAIR},
      logical = Logical.OR)
  public List<RoundOption> rounds() {
    return em.createQuery(
            "select new org.quicksilver.programme.RoundOption(r.id, r.number, r.title)"
                + " from Round r order by r.number desc",
            RoundOption.class)
        .getResultList();
  }

  /** The ranking of a round; without a round, the latest one. */
  @RequiresPermissions(
      value = {PROGRAMME_READ, PROGRAMME_CHAIR},
      logical = Logical.OR)
  public RoundRanking ranking(Long roundId) {
    Round round = roundId == null ? latestRound() : Records.find(em, Round.class, roundId);
    List<EvaluationCriterion> criteria = Reviews.criteria(em, round);
    ScoringGrid grid = Reviews.grid(criteria);
    Map<String, Seat> members = members();
    Map<Long, Candidate> candidates = candidates(round);
    declare(round, candidates, members);
    Map<Long, ApplicationScoring> scorings = new LinkedHashMap<>();
    candidates.forEach(
        (id, c) -> scorings.put(id, new ApplicationScoring(c.reference, grid, c.recusals)));
    Map<Long, Map<Long, List<Integer>>> submittedScores = score(round, scorings, members);

    Ranking ranking = Ranking.of(scorings.values());
    Map<String, Candidate> byReference = new HashMap<>();
    candidates.values().forEach(c -> byReference.put(c.reference, c));
    Money money = money(round);
    FundingEnvelope envelope =
        FundingEnvelope.draw(
            ranking.ranked().stream()
                .map(
                    r ->
                        new FundingRequest(
                            r.applicationReference(),
                            byReference.get(r.applicationReference()).requested))
                .toList(),
            money.available,
            money.pledgedUnpaid);

    List<RankingLine> lines = new ArrayList<>();
    List<EnvelopeLine> drawn = envelope.lines();
    for (int i = 0; i < ranking.ranked().size(); i++) {
      RankedApplication ranked = ranking.ranked().get(i);
      EnvelopeLine drawnLine = drawn.get(i);
      Candidate c = byReference.get(ranked.applicationReference());
      boolean firstBelow =
          drawnLine.coverage() != Coverage.FUNDABLE
              && (i == 0 || drawn.get(i - 1).coverage() == Coverage.FUNDABLE);
      lines.add(
          new RankingLine(
              ranked.position(),
              c.id,
              c.reference,
              c.title,
              c.countryCode,
              c.requested,
              ranked.score(),
              ranked.sheetsSubmitted(),
              means(criteria, submittedScores.getOrDefault(c.id, Map.of())),
              ranked.disagreements().stream().map(RankingService::describe).toList(),
              drawnLine.runningTotal(),
              drawnLine.coverage(),
              firstBelow));
    }
    List<UnscoredRow> unscored =
        ranking.unscored().stream()
            .map(byReference::get)
            .map(c -> new UnscoredRow(c.id, c.reference, c.title, c.countryCode, c.requested))
            .toList();
    return new RoundRanking(
        round.getId(),
        round.getNumber(),
        round.getTitle(),
        money.earmarkCode,
        criteria.stream().map(c -> CriterionLine.of(c, null)).toList(),
        lines,
        unscored,
        envelope.getAvailable(),
        envelope.getPledgedUnpaid(),
        envelope.fundableTotal(),
        envelope.coveredByPledgesTotal(),
        envelope.availableLeft(),
        progress(members, scorings));
  }

  private Round latestRound() {
    return em.createQuery("select r from Round r order by r.number desc", Round.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException("round"));
  }

  /** A committee member as the rules see them, with what the chair's table shows. */
  private record Seat(
      org.quicksilver.programme.rules.CommitteeMember rules, String fullName, MemberRole role) {}

  private Map<String, Seat> members() {
    Map<String, Seat> members = new LinkedHashMap<>();
    em.createQuery(
            "select m.username, m.fullName, c.isoCode, m.role from CommitteeMember m"
                + " join m.country c order by m.role, m.fullName",
            Object[].class)
        .getResultStream()
        .forEach(
            row ->
                members.put(
                    (String) row[0],
                    new Seat(
                        new org.quicksilver.programme.rules.CommitteeMember(
                            (String) row[0], (String) row[1], (String) row[2]),
                        (String) row[1],
                        (MemberRole) row[3])));
    return members;
  }

  /** An application under review, with who is recused from it. */
  private static final class Candidate {
    final Long id;
    final String reference;
    final String title;
    final String countryCode;
    final BigDecimal requested;
    final Recusals recusals;

    Candidate(Object[] row) {
      id = (Long) row[0];
      reference = (String) row[1];
      title = (String) row[2];
      countryCode = (String) row[3];
      requested = (BigDecimal) row[4];
      recusals = new Recusals(countryCode);
    }
  }

  private Map<Long, Candidate> candidates(Round round) {
    Map<Long, Candidate> candidates = new LinkedHashMap<>();
    em.createQuery(
            "select a.id, a.reference, a.title, a.country.isoCode, a.amountRequested"
                + " from Application a where a.round = :r and a.status = :s"
                + " order by a.reference",
            Object[].class)
        .setParameter("r", round)
        .setParameter("s", ApplicationStatus.UNDER_REVIEW)
        .getResultStream()
        .forEach(row -> candidates.put((Long) row[0], new Candidate(row)));
    return candidates;
  }

  private void declare(Round round, Map<Long, Candidate> candidates, Map<String, Seat> members) {
    em.createQuery(
            "select d.application.id, d.member.username, d.reason from ConflictDeclaration d"
                + " where d.application.round = :r",
            Object[].class)
        .setParameter("r", round)
        .getResultStream()
        .filter(row -> candidates.containsKey((Long) row[0]))
        .forEach(
            row ->
                candidates
                    .get((Long) row[0])
                    .recusals
                    .declare(members.get((String) row[1]).rules(), (String) row[2]));
  }

  /**
   * Replays the persisted sheets into the rules (recused members' sheets do not count) and returns
   * the submitted scores by application and criterion id, for the means.
   */
  private Map<Long, Map<Long, List<Integer>>> score(
      Round round, Map<Long, ApplicationScoring> scorings, Map<String, Seat> members) {
    record Line(
        Long applicationId, String username, SheetStatus status, Long criterionId, Integer value) {}
    List<Line> rows =
        em.createQuery(
                "select s.application.id, s.member.username, s.status, key(sc), sc.value"
                    + " from ScoreSheet s left join s.scores sc"
                    + " where s.application.round = :r and s.application.status = :st"
                    + " order by s.id",
                Object[].class)
            .setParameter("r", round)
            .setParameter("st", ApplicationStatus.UNDER_REVIEW)
            .getResultStream()
            .map(
                row ->
                    new Line(
                        (Long) row[0],
                        (String) row[1],
                        (SheetStatus) row[2],
                        (Long) row[3],
                        (Integer) row[4]))
            .toList();
    Map<Long, String> codes = new HashMap<>();
    em.createQuery(
            "select c.id, c.code from EvaluationCriterion c where c.round = :r", Object[].class)
        .setParameter("r", round)
        .getResultStream()
        .forEach(row -> codes.put((Long) row[0], (String) row[1]));
    // group by sheet (application, member), keeping the query's order
    Map<List<Object>, List<Line>> sheets = new LinkedHashMap<>();
    rows.forEach(
        line ->
            sheets
                .computeIfAbsent(
                    List.of(line.applicationId(), line.username()), k -> new ArrayList<>())
                .add(line));
    Map<Long, Map<Long, List<Integer>>> submitted = new HashMap<>();
    for (List<Line> sheet : sheets.values()) {
      Line first = sheet.get(0);
      ApplicationScoring scoring = scorings.get(first.applicationId());
      var member = members.get(first.username()).rules();
      if (scoring.getRecusals().isRecused(member)) {
        continue;
      }
      var rulesSheet = scoring.sheetFor(member);
      for (Line line : sheet) {
        if (line.criterionId() != null) {
          rulesSheet.score(codes.get(line.criterionId()), line.value());
        }
      }
      if (first.status() == SheetStatus.SUBMITTED) {
        rulesSheet.submit();
        for (Line line : sheet) {
          submitted
              .computeIfAbsent(first.applicationId(), k -> new HashMap<>())
              .computeIfAbsent(line.criterionId(), k -> new ArrayList<>())
              .add(line.value());
        }
      }
    }
    return submitted;
  }

  private static List<BigDecimal> means(
      List<EvaluationCriterion> criteria, Map<Long, List<Integer>> scores) {
    return criteria.stream()
        .map(
            c -> {
              List<Integer> values = scores.getOrDefault(c.getId(), List.of());
              if (values.isEmpty()) {
                return null;
              }
              long sum = values.stream().mapToLong(Integer::longValue).sum();
              return BigDecimal.valueOf(sum)
                  .divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_EVEN);
            })
        .toList();
  }

  private static String describe(Disagreement disagreement) {
    return disagreement.criterionCode()
        + " "
        + disagreement.lowest()
        + "–"
        + disagreement.highest();
  }

  private static List<ProgressRow> progress(
      Map<String, Seat> members, Map<Long, ApplicationScoring> scorings) {
    List<ProgressRow> rows = new ArrayList<>();
    List<MemberProgress> progress =
        ScoringProgress.of(
            members.values().stream().map(Seat::rules).toList(), List.copyOf(scorings.values()));
    for (MemberProgress p : progress) {
      Seat seat = members.get(p.member().id());
      rows.add(
          new ProgressRow(
              p.member().id(),
              seat.fullName(),
              p.member().countryCode(),
              seat.role(),
              p.submitted(),
              p.inDraft(),
              p.notStarted(),
              p.recused()));
    }
    return rows;
  }

  /** The round's earmark's money, in USD. */
  private record Money(String earmarkCode, BigDecimal available, BigDecimal pledgedUnpaid) {}

  private Money money(Round round) {
    if (round.getEarmark() == null) {
      return new Money(null, BigDecimal.ZERO.setScale(2), BigDecimal.ZERO.setScale(2));
    }
    Long earmark = round.getEarmark().getId();
    BigDecimal received =
        em.createQuery(
                "select coalesce(sum(r.usdAmount), 0) from Receipt r where r.earmark.id = :e",
                BigDecimal.class)
            .setParameter("e", earmark)
            .getSingleResult();
    BigDecimal allocated =
        em.createQuery(
                "select coalesce(sum(a.amountUsd), 0) from Allocation a where a.earmark.id = :e",
                BigDecimal.class)
            .setParameter("e", earmark)
            .getSingleResult();
    // Each live pledge's USD value less what its receipts brought in USD, never below zero.
    BigDecimal pledgedUnpaid =
        em.createQuery(
                "select coalesce(sum(o.outstanding), 0) from (select p.usdValue"
                    + " - coalesce(sum(r.usdAmount), 0) as outstanding"
                    + " from Pledge p left join Receipt r on r.pledge = p"
                    + " where p.earmark.id = :e and p.writtenOffOn is null"
                    + " group by p.id, p.usdValue) o where o.outstanding > 0",
                BigDecimal.class)
            .setParameter("e", earmark)
            .getSingleResult();
    return new Money(
        round.getEarmark().getCode(),
        cents(received.subtract(allocated).max(BigDecimal.ZERO)),
        cents(pledgedUnpaid));
  }

  private static BigDecimal cents(BigDecimal usd) {
    return usd.setScale(2, RoundingMode.HALF_EVEN);
  }
}
