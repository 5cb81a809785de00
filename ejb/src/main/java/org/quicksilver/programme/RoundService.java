package org.quicksilver.programme;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.Records;
import org.quicksilver.platform.Saves;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Criterion;
import org.quicksilver.programme.rules.Scale;
import org.quicksilver.programme.rules.ScoringGrid;
import org.quicksilver.security.Permissions;

/**
 * Rounds: the list with how many applications stand where, one round with what the Board adopted
 * for it, and a new round with its criteria (weights adding up to 100) and checklist.
 */
@Stateless
public class RoundService {
  @PersistenceContext private EntityManager em;

  @RequiresPermissions(
      value = {Permissions.PROGRAMME_READ, Permissions.PROGRAMME_SCORE},
      logical = Logical.OR)
  public List<RoundRow> list() {
    List<Round> rounds =
        em.createQuery("select r from Round r order by r.number desc", Round.class).getResultList();
    Map<Long, Map<ApplicationStatus, Long>> counts = counts(null);
    return rounds.stream().map(r -> row(r, counts.getOrDefault(r.getId(), Map.of()))).toList();
  }

  @RequiresPermissions(
      value = {Permissions.PROGRAMME_READ, Permissions.PROGRAMME_SCORE},
      logical = Logical.OR)
  public RoundDetail get(long roundId) {
    Round round = Records.find(em, Round.class, roundId);
    List<RoundDetail.CriterionRow> criteria =
        em.createQuery(
                "select new org.quicksilver.programme.RoundDetail$CriterionRow(c.id, c.code,"
                    + " c.nameEn, c.nameFr, c.nameEs, c.weightPercent, c.scaleMin, c.scaleMax)"
                    + " from EvaluationCriterion c where c.round = :round order by c.position",
                RoundDetail.CriterionRow.class)
            .setParameter("round", round)
            .getResultList();
    List<RoundDetail.ChecklistRow> checklist =
        em.createQuery(
                "select new org.quicksilver.programme.RoundDetail$ChecklistRow(i.id, i.code,"
                    + " i.textEn, i.textFr, i.textEs)"
                    + " from ChecklistItem i where i.round = :round order by i.position",
                RoundDetail.ChecklistRow.class)
            .setParameter("round", round)
            .getResultList();
    List<RoundDetail.DocumentRow> documents =
        em.createQuery(
                "select new org.quicksilver.programme.RoundDetail$DocumentRow(d.id, d.title, d.url)"
                    + " from GuidanceDocument d where d.round = :round order by d.id",
                RoundDetail.DocumentRow.class)
            .setParameter("round", round)
            .getResultList();
    return new RoundDetail(
        row(round, counts(roundId).getOrDefault(roundId, Map.of())),
        criteria,
        checklist,
        documents);
  }

  /** Creates a round; its criteria must form a valid scoring grid (weights adding up to 100). */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public long create(@NotNull @Valid RoundForm form) {
    new ScoringGrid(
        form.getCriteria().stream()
            .map(
                c ->
                    new Criterion(
                        c.getCode().strip(),
                        c.getNameEn(),
                        BigDecimal.valueOf(c.getWeightPercent()),
                        new Scale(c.getScaleMin(), c.getScaleMax())))
            .toList());
    checkChecklistCodes(form);
    if (!em.createQuery("select r.id from Round r where r.number = :number", Long.class)
        .setParameter("number", form.getNumber())
        .getResultList()
        .isEmpty()) {
      throw duplicate(form);
    }
    Round round =
        new Round(
            form.getNumber(),
            form.getTitle(),
            form.getOpensOn(),
            form.getClosesOn(),
            form.getMinimumUsd(),
            form.getMaximumUsd(),
            form.getMaximumMonths(),
            null);
    if (form.getCriteriaAdoptedAt() != null && !form.getCriteriaAdoptedAt().isBlank()) {
      round.adoptCriteriaAt(form.getCriteriaAdoptedAt().strip());
    }
    em.persist(round);
    int position = 0;
    for (RoundForm.CriterionLine c : form.getCriteria()) {
      String en = c.getNameEn().strip();
      em.persist(
          new EvaluationCriterion(
              round,
              c.getCode().strip(),
              en,
              orElse(c.getNameFr(), en),
              orElse(c.getNameEs(), en),
              c.getWeightPercent(),
              c.getScaleMin(),
              c.getScaleMax(),
              ++position));
    }
    position = 0;
    for (RoundForm.ChecklistLine i : form.getChecklist()) {
      String en = i.getTextEn().strip();
      em.persist(
          new ChecklistItem(
              round,
              i.getCode().strip(),
              en,
              orElse(i.getTextFr(), en),
              orElse(i.getTextEs(), en),
              ++position));
    }
    for (RoundForm.DocumentLine d : form.getDocuments()) {
      em.persist(new GuidanceDocument(round, d.getTitle().strip(), d.getUrl().strip()));
    }
    Saves.flush(em, () -> duplicate(form));
    return round.getId();
  }

  private static void checkChecklistCodes(RoundForm form) {
    List<String> seen = new ArrayList<>();
    for (RoundForm.ChecklistLine line : form.getChecklist()) {
      String code = line.getCode().strip();
      if (seen.contains(code)) {
        throw new org.quicksilver.platform.InvalidInputException(
            "programme.checklist.duplicateCode", code);
      }
      seen.add(code);
    }
  }

  /** Applications by round and status, in one grouped query (one round, or all when null). */
  private Map<Long, Map<ApplicationStatus, Long>> counts(Long roundId) {
    var query =
        em.createQuery(
            "select a.round.id, a.status, count(a) from Application a"
                + (roundId == null ? "" : " where a.round.id = :round")
                + " group by a.round.id, a.status",
            Object[].class);
    if (roundId != null) {
      query.setParameter("round", roundId);
    }
    List<Object[]> rows = query.getResultList();
    Map<Long, Map<ApplicationStatus, Long>> counts = new HashMap<>();
    for (Object[] row : rows) {
      counts
          .computeIfAbsent((Long) row[0], id -> new EnumMap<>(ApplicationStatus.class))
          .put((ApplicationStatus) row[1], (Long) row[2]);
    }
    return counts;
  }

  private static RoundRow row(Round r, Map<ApplicationStatus, Long> counts) {
    return new RoundRow(
        r.getId(),
        r.getNumber(),
        r.getTitle(),
        r.getOpensOn(),
        r.getClosesOn(),
        r.getMinimumUsd(),
        r.getMaximumUsd(),
        r.getMaximumMonths(),
        r.getCriteriaAdoptedAt(),
        counts);
  }

  private static String orElse(String text, String fallback) {
    return text == null || text.isBlank() ? fallback : text.strip();
  }

  private static DuplicateRecordException duplicate(RoundForm form) {
    return new DuplicateRecordException("programme.round.duplicate", form.getNumber());
  }
}
