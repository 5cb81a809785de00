package org.quicksilver.programme;

import static org.quicksilver.security.Permissions.PROGRAMME_SCORE;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.ConcurrentChangeException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.Saves;
import org.quicksilver.programme.rules.ApplicationScoring;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Recusals;
import org.quicksilver.programme.rules.ScoringState;
import org.quicksilver.programme.rules.SheetStatus;
import org.quicksilver.security.CurrentUser;

/**
 * A committee member's scoring: their queue, their own sheet (draft, then submitted and final), and
 * the others' sheets once theirs is in. Every method works for the signed-in member only and asks
 * the rules first whether they are recused, so a crafted request is refused like a click.
 */
@Stateless
public class ScoringService {
  private static final Set<ApplicationStatus> REVIEWED =
      Set.of(
          ApplicationStatus.UNDER_REVIEW,
          ApplicationStatus.APPROVED,
          ApplicationStatus.APPROVED_WITH_CONDITIONS,
          ApplicationStatus.DEFERRED,
          ApplicationStatus.REJECTED);

  @PersistenceContext private EntityManager em;
  @Inject private Clock clock;

  /**
   * The applications under review in the current round that the member is not recused from, with
   * the state of their own sheet.
   */
  @RequiresPermissions(PROGRAMME_SCORE)
  public List<QueueRow> myQueue() {
    CommitteeMember me = Reviews.member(em, CurrentUser.username());
    var member = me.rules();
    Long round = Reviews.currentRoundId(em).orElse(null);
    if (round == null) {
      return List.of();
    }
    List<Object[]> rows =
        em.createQuery(
                "select a.id, a.round.number, a.reference, a.title, c.isoCode, c.nameEn,"
                    + " c.nameFr, c.nameEs, a.amountRequested, a.durationMonths, s.status,"
                    + " d.reason"
                    + " from Application a join a.country c"
                    + " left join ScoreSheet s on s.application = a and s.member = :m"
                    + " left join ConflictDeclaration d on d.application = a and d.member = :m"
                    + " where a.round.id = :round and a.status = :s order by a.reference",
                Object[].class)
            .setParameter("m", me)
            .setParameter("round", round)
            .setParameter("s", ApplicationStatus.UNDER_REVIEW)
            .getResultList();
    List<QueueRow> queue = new ArrayList<>();
    for (Object[] row : rows) {
      Recusals recusals = new Recusals((String) row[4]);
      if (row[11] != null) {
        recusals.declare(member, (String) row[11]);
      }
      if (recusals.isRecused(member)) {
        continue;
      }
      SheetStatus sheet = (SheetStatus) row[10];
      queue.add(
          new QueueRow(
              (Long) row[0],
              (Integer) row[1],
              (String) row[2],
              (String) row[3],
              (String) row[4],
              (String) row[5],
              (String) row[6],
              (String) row[7],
              (java.math.BigDecimal) row[8],
              (Integer) row[9],
              sheet == null
                  ? ScoringState.NOT_STARTED
                  : sheet == SheetStatus.SUBMITTED ? ScoringState.SUBMITTED : ScoringState.DRAFT));
    }
    return queue;
  }

  /** The member's own sheet with the round's criteria; refused to a recused member. */
  @RequiresPermissions(PROGRAMME_SCORE)
  public SheetView sheet(long applicationId) {
    CommitteeMember me = Reviews.member(em, CurrentUser.username());
    Application application = Reviews.application(em, applicationId);
    Reviews.recusals(em, application).checkNotRecused(me.rules());
    if (!REVIEWED.contains(application.getStatus())) {
      throw notUnderReview(application);
    }
    List<EvaluationCriterion> criteria = Reviews.criteria(em, application.getRound());
    ScoreSheet sheet = ownSheet(me, application);
    Map<Long, CriterionScore> scores = sheet == null ? Map.of() : sheet.getScores();
    return new SheetView(
        summary(application),
        criteria.stream().map(c -> CriterionLine.of(c, scores.get(c.getId()))).toList(),
        sheet == null ? null : sheet.getComment(),
        sheet == null ? null : sheet.getStatus(),
        sheet == null ? null : sheet.getSubmittedAt(),
        sheet == null ? null : sheet.getVersion(),
        application.getStatus() == ApplicationStatus.UNDER_REVIEW
            && (sheet == null || !sheet.isSubmitted()));
  }

  /** Saves the member's draft; returns the sheet's new version. */
  @RequiresPermissions(PROGRAMME_SCORE)
  public long saveDraft(long applicationId, @NotNull @Valid SheetForm form) {
    ScoreSheet sheet = write(applicationId, form).sheet();
    Saves.flush(em, ConcurrentChangeException::new);
    return sheet.getVersion();
  }

  /** Saves and submits the member's sheet: from now on it is final. */
  @RequiresPermissions(PROGRAMME_SCORE)
  public long submit(long applicationId, @NotNull @Valid SheetForm form) {
    Written written = write(applicationId, form);
    written.sheet().submit(written.criteria(), Instant.now(clock));
    Saves.flush(em, ConcurrentChangeException::new);
    return written.sheet().getVersion();
  }

  private record Written(ScoreSheet sheet, List<EvaluationCriterion> criteria) {}

  private Written write(long applicationId, SheetForm form) {
    CommitteeMember me = Reviews.member(em, CurrentUser.username());
    Application application = Reviews.application(em, applicationId);
    Reviews.recusals(em, application).checkNotRecused(me.rules());
    if (application.getStatus() != ApplicationStatus.UNDER_REVIEW) {
      throw notUnderReview(application);
    }
    List<EvaluationCriterion> criteria = Reviews.criteria(em, application.getRound());
    Map<Long, EvaluationCriterion> byId =
        criteria.stream()
            .collect(Collectors.toMap(EvaluationCriterion::getId, Function.identity()));
    for (Long id : form.getScores().keySet()) {
      if (!byId.containsKey(id) && form.getScores().get(id) != null) {
        throw new InvalidInputException("programme.scoring.unknownCriterion", id);
      }
    }
    ScoreSheet sheet = ownSheet(me, application);
    if (sheet == null) {
      sheet = new ScoreSheet(me, application);
      em.persist(sheet);
    } else if (form.getVersion() == null) {
      // someone (another tab) started this sheet after the member opened it
      throw new ConcurrentChangeException();
    } else {
      Saves.checkVersion(form.getVersion(), sheet.getVersion());
    }
    for (EvaluationCriterion criterion : criteria) {
      Integer score = form.getScores().get(criterion.getId());
      if (score == null) {
        sheet.clear(criterion);
      } else {
        sheet.score(criterion, score, form.getComments().get(criterion.getId()));
      }
    }
    sheet.comment(form.getComment());
    return new Written(sheet, criteria);
  }

  /**
   * The other members' submitted sheets, for a member who has submitted their own and is not
   * recused: the rules refuse otherwise, whatever the page showed.
   */
  @RequiresPermissions(PROGRAMME_SCORE)
  public List<OtherSheet> othersScores(long applicationId) {
    CommitteeMember me = Reviews.member(em, CurrentUser.username());
    Application application = Reviews.application(em, applicationId);
    Recusals recusals = Reviews.recusals(em, application);
    recusals.checkNotRecused(me.rules());
    List<EvaluationCriterion> criteria = Reviews.criteria(em, application.getRound());
    ApplicationScoring scoring =
        new ApplicationScoring(application.getReference(), Reviews.grid(criteria), recusals);
    Map<Long, EvaluationCriterion> byId =
        criteria.stream()
            .collect(Collectors.toMap(EvaluationCriterion::getId, Function.identity()));
    Map<String, OtherSheet> submitted = new LinkedHashMap<>();
    for (ScoreSheet sheet : sheets(application)) {
      var member = sheet.getMember().rules();
      if (recusals.isRecused(member)) {
        continue; // a conflict declared after scoring: that sheet no longer counts
      }
      var rulesSheet = scoring.sheetFor(member);
      sheet
          .getScores()
          .forEach((id, score) -> rulesSheet.score(byId.get(id).getCode(), score.getValue()));
      if (sheet.isSubmitted()) {
        rulesSheet.submit();
        submitted.put(
            member.id(),
            new OtherSheet(
                sheet.getMember().getFullName(),
                sheet.getMember().getCountry().getIsoCode(),
                sheet.getSubmittedAt(),
                sheet.getComment(),
                criteria.stream()
                    .map(c -> CriterionLine.of(c, sheet.getScores().get(c.getId())))
                    .toList()));
      }
    }
    return scoring.sheetsVisibleTo(me.rules()).stream()
        .map(visible -> visible.getMember().id())
        .filter(id -> !id.equals(me.getUsername()))
        .map(submitted::get)
        .toList();
  }

  private List<ScoreSheet> sheets(Application application) {
    return em.createQuery(
            "select s from ScoreSheet s join fetch s.member m join fetch m.country"
                + " left join fetch s.scores where s.application = :a order by m.fullName",
            ScoreSheet.class)
        .setParameter("a", application)
        .getResultList();
  }

  private ScoreSheet ownSheet(CommitteeMember me, Application application) {
    return em.createQuery(
            "select s from ScoreSheet s left join fetch s.scores"
                + " where s.member = :m and s.application = :a",
            ScoreSheet.class)
        .setParameter("m", me)
        .setParameter("a", application)
        .getResultStream()
        .findFirst()
        .orElse(null);
  }

  private static ApplicationSummary summary(Application a) {
    var details = a.details();
    return new ApplicationSummary(
        a.getId(),
        a.getRound().getNumber(),
        a.getReference(),
        a.getTitle(),
        a.getCountry().getIsoCode(),
        a.getCountry().name(java.util.Locale.ENGLISH),
        a.getCountry().name(java.util.Locale.FRENCH),
        a.getCountry().name(java.util.Locale.forLanguageTag("es")),
        a.getAmountRequested(),
        a.getDurationMonths(),
        details.summary(),
        details.objectives(),
        a.getStatus());
  }

  private static InvalidInputException notUnderReview(Application application) {
    return new InvalidInputException(
        "programme.scoring.notUnderReview", application.getReference(), application.getStatus());
  }
}
