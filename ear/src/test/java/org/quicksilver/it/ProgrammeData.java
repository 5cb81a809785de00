package org.quicksilver.it;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.quicksilver.funding.Earmark;
import org.quicksilver.programme.Application;
import org.quicksilver.programme.ApplicationDetails;
import org.quicksilver.programme.CommitteeMember;
import org.quicksilver.programme.ConflictDeclaration;
import org.quicksilver.programme.EvaluationCriterion;
import org.quicksilver.programme.MemberRole;
import org.quicksilver.programme.Round;
import org.quicksilver.programme.ScoreSheet;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Registration;
import org.quicksilver.reference.Country;

/**
 * Programme records a test sets up for itself, inside the server, each in its own transaction: a
 * round with three criteria, applications moved to review along the workflow, committee seats and
 * submitted sheets. Nothing here relies on the programme's demo data.
 */
final class ProgrammeData {
  /** The round's criteria: codes, weights (adding up to 100) and scales. */
  static final String RELEVANCE = "RELEVANCE";

  static final String FEASIBILITY = "FEASIBILITY";
  static final String SUSTAINABILITY = "SUSTAINABILITY";

  private final EntityManager em;
  private final UserTransaction tx;

  ProgrammeData(EntityManager em, UserTransaction tx) {
    this.em = em;
    this.tx = tx;
  }

  /** A new round, numbered above every other so it is the latest, with the three criteria. */
  long round(Long earmarkId) throws Exception {
    return inTransaction(
        () -> {
          int number =
              em.createQuery("select coalesce(max(r.number), 0) from Round r", Integer.class)
                      .getSingleResult()
                  + 1;
          Earmark earmark = earmarkId == null ? null : em.find(Earmark.class, earmarkId);
          Round round =
              new Round(
                  number,
                  "Integration test round " + System.nanoTime(),
                  LocalDate.of(2030, 3, 1),
                  LocalDate.of(2030, 6, 30),
                  new BigDecimal("50000.00"),
                  new BigDecimal("250000.00"),
                  36,
                  earmark);
          em.persist(round);
          em.persist(criterion(round, RELEVANCE, "Relevance", 40, 0, 5, 1));
          em.persist(criterion(round, FEASIBILITY, "Feasibility", 35, 0, 5, 2));
          em.persist(criterion(round, SUSTAINABILITY, "Sustainability", 25, 1, 4, 3));
          return round.getId();
        });
  }

  private static EvaluationCriterion criterion(
      Round round, String code, String name, int weight, int min, int max, int position) {
    return new EvaluationCriterion(
        round, code, name, name + " (fr)", name + " (es)", weight, min, max, position);
  }

  /** The round's criteria ids by code. */
  Map<String, Long> criteria(long roundId) {
    Map<String, Long> ids = new java.util.HashMap<>();
    em.createQuery(
            "select c.code, c.id from EvaluationCriterion c where c.round.id = :r", Object[].class)
        .setParameter("r", roundId)
        .getResultStream()
        .forEach(row -> ids.put((String) row[0], (Long) row[1]));
    return ids;
  }

  /** An application from a Party, screened eligible and moved under review. */
  long application(long roundId, String isoCode, String title, String requested) throws Exception {
    return inTransaction(
        () -> {
          Round round = em.find(Round.class, roundId);
          Country country = country(isoCode);
          Instant now = Instant.now();
          Application application =
              new Application(
                  round,
                  "IT-" + Long.toString(System.nanoTime(), 36).toUpperCase(),
                  country,
                  new ApplicationDetails(
                      "Ministry of Environment",
                      "Focal point",
                      null,
                      title,
                      "Summary of " + title,
                      "Objectives of " + title,
                      null,
                      new BigDecimal(requested),
                      24,
                      BigDecimal.ZERO,
                      BigDecimal.ZERO,
                      "Art. 3, 8",
                      null),
                  new Registration(now, LocalDate.of(2030, 4, 1), Optional.empty()),
                  "programme",
                  now);
          em.persist(application);
          em.persist(application.moveTo(ApplicationStatus.SCREENING, null, "programme", now));
          em.persist(application.screen(true, "Complete and eligible", "programme", now));
          em.persist(application.moveTo(ApplicationStatus.UNDER_REVIEW, null, "programme", now));
          return application.getId();
        });
  }

  /** An eligible Party whose ISO code is none of those given. */
  String eligibleCountry(Collection<String> except) {
    return em.createQuery("select c from Country c order by c.isoCode", Country.class)
        .getResultStream()
        .filter(Country::isEligibleForSip)
        .map(Country::getIsoCode)
        .filter(code -> !except.contains(code))
        .findFirst()
        .orElseThrow();
  }

  boolean isEligible(String isoCode) {
    return country(isoCode).isEligibleForSip();
  }

  /** The committee seat of a user, if they have one. */
  Optional<String> seatCountry(String username) {
    return em.createQuery(
            "select m.country.isoCode from CommitteeMember m where m.username = :u", String.class)
        .setParameter("u", username)
        .getResultStream()
        .findFirst();
  }

  /** Seats a user on the committee from a Party, unless they already have a seat. */
  String seat(String username, String isoCode, MemberRole role) throws Exception {
    Optional<String> existing = seatCountry(username);
    if (existing.isPresent()) {
      return existing.get();
    }
    return inTransaction(
        () -> {
          em.persist(
              new CommitteeMember(
                  username,
                  "Test " + username,
                  country(isoCode),
                  role,
                  LocalDate.of(2018, 1, 1),
                  null));
          return isoCode;
        });
  }

  /** A member's sheet, scored in the criteria's order and submitted. */
  void submittedSheet(String username, long applicationId, int... scores) throws Exception {
    inTransaction(
        () -> {
          Application application = em.find(Application.class, applicationId);
          ScoreSheet sheet = new ScoreSheet(member(username), application);
          var criteria =
              em.createQuery(
                      "select c from EvaluationCriterion c where c.round = :r order by c.position",
                      EvaluationCriterion.class)
                  .setParameter("r", application.getRound())
                  .getResultList();
          for (int i = 0; i < criteria.size(); i++) {
            sheet.score(criteria.get(i), scores[i], null);
          }
          sheet.comment("Sheet of " + username);
          sheet.submit(criteria, Instant.now());
          em.persist(sheet);
          return null;
        });
  }

  /** A member's sheet, started (its first criterion scored) and left in draft. */
  void draftSheet(String username, long applicationId, int firstScore) throws Exception {
    inTransaction(
        () -> {
          Application application = em.find(Application.class, applicationId);
          ScoreSheet sheet = new ScoreSheet(member(username), application);
          var first =
              em.createQuery(
                      "select c from EvaluationCriterion c where c.round = :r order by c.position",
                      EvaluationCriterion.class)
                  .setParameter("r", application.getRound())
                  .setMaxResults(1)
                  .getSingleResult();
          sheet.score(first, firstScore, null);
          em.persist(sheet);
          return null;
        });
  }

  /** A conflict recorded directly, as if the member had declared it. */
  void conflict(String username, long applicationId, String reason) throws Exception {
    inTransaction(
        () -> {
          em.persist(
              new ConflictDeclaration(
                  member(username),
                  em.find(Application.class, applicationId),
                  reason,
                  Instant.now()));
          return null;
        });
  }

  String reference(long applicationId) {
    return em.find(Application.class, applicationId).getReference();
  }

  private CommitteeMember member(String username) {
    return em.createQuery(
            "select m from CommitteeMember m where m.username = :u", CommitteeMember.class)
        .setParameter("u", username)
        .getSingleResult();
  }

  private Country country(String isoCode) {
    return em.createQuery("select c from Country c where c.isoCode = :iso", Country.class)
        .setParameter("iso", isoCode)
        .getSingleResult();
  }

  private <T> T inTransaction(Callable<T> work) throws Exception {
    tx.begin();
    try {
      em.joinTransaction();
      T result = work.call();
      tx.commit();
      return result;
    } catch (Exception e) {
      tx.rollback();
      throw e;
    }
  }
}
