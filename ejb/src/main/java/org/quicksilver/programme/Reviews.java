package org.quicksilver.programme;

import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Criterion;
import org.quicksilver.programme.rules.Recusals;
import org.quicksilver.programme.rules.Scale;
import org.quicksilver.programme.rules.ScoringGrid;

/**
 * What the committee's services share: who the signed-in member is, which round is under review,
 * and who is recused from an application (the rules decide, from the records).
 */
final class Reviews {
  private Reviews() {}

  /** The committee seat of a user; a user without one has nothing to score. */
  static CommitteeMember member(EntityManager em, String username) {
    return em.createQuery(
            "select m from CommitteeMember m join fetch m.country where m.username = :u",
            CommitteeMember.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("programme.member.notAMember", username));
  }

  /** The application with its round and country, in one query. */
  static Application application(EntityManager em, long applicationId) {
    return em.createQuery(
            "select a from Application a join fetch a.country join fetch a.round"
                + " where a.id = :id",
            Application.class)
        .setParameter("id", applicationId)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new RecordNotFoundException(String.valueOf(applicationId)));
  }

  /** The latest round (by number) that has applications under review, if any. */
  static Optional<Long> currentRoundId(EntityManager em) {
    return em.createQuery(
            "select a.round.id from Application a where a.status = :s"
                + " order by a.round.number desc",
            Long.class)
        .setParameter("s", ApplicationStatus.UNDER_REVIEW)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** A round's criteria in their order. */
  static List<EvaluationCriterion> criteria(EntityManager em, Round round) {
    return em.createQuery(
            "select c from EvaluationCriterion c where c.round = :r order by c.position",
            EvaluationCriterion.class)
        .setParameter("r", round)
        .getResultList();
  }

  /** The criteria as the scoring rules see them (weights adding up to 100). */
  static ScoringGrid grid(List<EvaluationCriterion> criteria) {
    return new ScoringGrid(
        criteria.stream()
            .map(
                c ->
                    new Criterion(
                        c.getCode(),
                        c.getNameEn(),
                        BigDecimal.valueOf(c.getWeightPercent()),
                        new Scale(c.getScaleMin(), c.getScaleMax())))
            .toList());
  }

  /** Who stays out of one application: the applicant Party's members and declared conflicts. */
  static Recusals recusals(EntityManager em, Application application) {
    Recusals recusals = new Recusals(application.getCountry().getIsoCode());
    List<Object[]> declared =
        em.createQuery(
                "select m.username, m.fullName, c.isoCode, d.reason from ConflictDeclaration d"
                    + " join d.member m join m.country c where d.application = :a",
                Object[].class)
            .setParameter("a", application)
            .getResultList();
    for (Object[] row : declared) {
      recusals.declare(
          new org.quicksilver.programme.rules.CommitteeMember(
              (String) row[0], (String) row[1], (String) row[2]),
          (String) row[3]);
    }
    return recusals;
  }
}
