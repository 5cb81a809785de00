package org.quicksilver.programme;

import static org.quicksilver.security.Permissions.PROGRAMME_CHAIR;
import static org.quicksilver.security.Permissions.PROGRAMME_READ;
import static org.quicksilver.security.Permissions.PROGRAMME_SCORE;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.Records;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.CommitteeMember;
import org.quicksilver.programme.rules.Recusals;
import org.quicksilver.programme.rules.ScoringState;
import org.quicksilver.programme.rules.SheetStatus;
import org.quicksilver.security.CurrentUser;

/**
 * The current round's progress for the dashboard, in five queries whatever the number of
 * applications, members and sheets. The secretariat (programme:read) and the chair see the whole
 * committee's counts; a member sees only their own, so the method reads no one else's sheets for
 * them. Scores themselves are never read here.
 */
@Stateless
public class RoundDashboard {
  @PersistenceContext private EntityManager em;

  /**
   * The given round's progress, or the current one's without an id: the latest round with
   * applications under review (the one members score, as in their queue), else the latest round.
   * Empty when there is no round yet.
   */
  @RequiresPermissions(
      value = {PROGRAMME_READ, PROGRAMME_CHAIR, PROGRAMME_SCORE},
      logical = Logical.OR)
  public Optional<RoundProgress> progress(Long roundId) {
    Optional<Round> found =
        roundId == null ? current() : Optional.of(Records.find(em, Round.class, roundId));
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Round round = found.get();
    var subject = SecurityUtils.getSubject();
    boolean committee = subject.isPermitted(PROGRAMME_READ) || subject.isPermitted(PROGRAMME_CHAIR);
    String me = CurrentUser.username();
    Map<String, CommitteeMember> members = members(committee ? null : me);
    Map<String, Map<ScoringState, Long>> tallies = tally(round, members, committee ? null : me);

    Map<ScoringState, Long> own = tallies.get(me);
    MyScoring mine =
        own == null
            ? null
            : new MyScoring(
                own.get(ScoringState.SUBMITTED),
                own.get(ScoringState.DRAFT),
                own.get(ScoringState.NOT_STARTED),
                own.get(ScoringState.RECUSED));
    return Optional.of(
        new RoundProgress(
            round.getId(),
            round.getNumber(),
            round.getTitle(),
            round.getOpensOn(),
            round.getClosesOn(),
            committee ? overview(round, tallies) : null,
            mine));
  }

  private Optional<Round> current() {
    Optional<Long> underReview = Reviews.currentRoundId(em);
    if (underReview.isPresent()) {
      return Optional.of(em.find(Round.class, underReview.get()));
    }
    return em.createQuery("select r from Round r order by r.number desc", Round.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The committee's seats by username; only the signed-in member's when one is given. */
  private Map<String, CommitteeMember> members(String only) {
    TypedQuery<Object[]> query =
        em.createQuery(
            "select m.username, m.fullName, c.isoCode from CommitteeMember m join m.country c"
                + (only == null ? "" : " where m.username = :u")
                + " order by m.username",
            Object[].class);
    if (only != null) {
      query.setParameter("u", only);
    }
    Map<String, CommitteeMember> members = new LinkedHashMap<>();
    query
        .getResultStream()
        .forEach(
            row ->
                members.put(
                    (String) row[0],
                    new CommitteeMember((String) row[0], (String) row[1], (String) row[2])));
    return members;
  }

  /**
   * Each member's count of applications under review by scoring state. Who is recused comes from
   * the rules (the applicant's country, declared conflicts); a recused member's sheet does not
   * count, as in the chair's ranking.
   */
  private Map<String, Map<ScoringState, Long>> tally(
      Round round, Map<String, CommitteeMember> members, String only) {
    Map<Long, Recusals> applications = new LinkedHashMap<>();
    em.createQuery(
            "select a.id, a.country.isoCode from Application a"
                + " where a.round = :r and a.status = :s",
            Object[].class)
        .setParameter("r", round)
        .setParameter("s", ApplicationStatus.UNDER_REVIEW)
        .getResultStream()
        .forEach(row -> applications.put((Long) row[0], new Recusals((String) row[1])));

    String mineOnly = only == null ? "" : " and x.member.username = :u";
    var conflicts =
        em.createQuery(
            "select x.application.id, x.member.username, x.reason from ConflictDeclaration x"
                + " where x.application.round = :r and x.application.status = :s"
                + mineOnly,
            Object[].class);
    var sheets =
        em.createQuery(
            "select x.application.id, x.member.username, x.status from ScoreSheet x"
                + " where x.application.round = :r and x.application.status = :s"
                + mineOnly,
            Object[].class);
    for (var query : List.of(conflicts, sheets)) {
      query.setParameter("r", round).setParameter("s", ApplicationStatus.UNDER_REVIEW);
      if (only != null) {
        query.setParameter("u", only);
      }
    }
    conflicts
        .getResultStream()
        .filter(row -> members.containsKey((String) row[1]))
        .forEach(
            row ->
                applications
                    .get((Long) row[0])
                    .declare(members.get((String) row[1]), (String) row[2]));
    Map<Long, Map<String, SheetStatus>> statuses = new HashMap<>();
    sheets
        .getResultStream()
        .forEach(
            row ->
                statuses
                    .computeIfAbsent((Long) row[0], k -> new HashMap<>())
                    .put((String) row[1], (SheetStatus) row[2]));

    Map<String, Map<ScoringState, Long>> tallies = new LinkedHashMap<>();
    members.forEach(
        (username, member) -> {
          Map<ScoringState, Long> counts = new EnumMap<>(ScoringState.class);
          for (ScoringState state : ScoringState.values()) {
            counts.put(state, 0L);
          }
          applications.forEach(
              (application, recusals) -> {
                SheetStatus sheet = statuses.getOrDefault(application, Map.of()).get(username);
                ScoringState state =
                    recusals.isRecused(member)
                        ? ScoringState.RECUSED
                        : sheet == null
                            ? ScoringState.NOT_STARTED
                            : sheet == SheetStatus.SUBMITTED
                                ? ScoringState.SUBMITTED
                                : ScoringState.DRAFT;
                counts.merge(state, 1L, Long::sum);
              });
          tallies.put(username, counts);
        });
    return tallies;
  }

  private RoundOverview overview(Round round, Map<String, Map<ScoringState, Long>> tallies) {
    Map<ApplicationStatus, long[]> byStatus = new EnumMap<>(ApplicationStatus.class);
    em.createQuery(
            "select a.status, count(a),"
                + " sum(case when a.eligibilityReason is not null then 1 else 0 end)"
                + " from Application a where a.round = :r group by a.status",
            Object[].class)
        .setParameter("r", round)
        .getResultStream()
        .forEach(
            row ->
                byStatus.put(
                    (ApplicationStatus) row[0],
                    new long[] {((Number) row[1]).longValue(), ((Number) row[2]).longValue()}));
    List<StatusCount> counts = new ArrayList<>();
    long applications = 0;
    long screened = 0;
    for (ApplicationStatus status : ApplicationStatus.values()) {
      long[] found = byStatus.getOrDefault(status, new long[2]);
      counts.add(new StatusCount(status, found[0]));
      applications += found[0];
      screened += found[1];
    }
    long awaiting =
        byStatus.getOrDefault(ApplicationStatus.RECEIVED, new long[2])[0]
            + byStatus.getOrDefault(ApplicationStatus.SCREENING, new long[2])[0];
    long submitted = 0;
    long inDraft = 0;
    long notStarted = 0;
    long done = 0;
    for (Map<ScoringState, Long> tally : tallies.values()) {
      submitted += tally.get(ScoringState.SUBMITTED);
      inDraft += tally.get(ScoringState.DRAFT);
      notStarted += tally.get(ScoringState.NOT_STARTED);
      if (tally.get(ScoringState.DRAFT) == 0 && tally.get(ScoringState.NOT_STARTED) == 0) {
        done++;
      }
    }
    return new RoundOverview(
        List.copyOf(counts),
        applications,
        screened,
        awaiting,
        byStatus.getOrDefault(ApplicationStatus.UNDER_REVIEW, new long[2])[0],
        submitted + inDraft + notStarted,
        submitted,
        inDraft,
        done,
        tallies.size());
  }
}
