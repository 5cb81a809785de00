package org.quicksilver.programme;

import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;

/** Builds an application's detail read model: one query per part, none per row. */
final class ApplicationDetailQuery {
  private static final String PACKAGE = "org.quicksilver.programme.";

  private final EntityManager em;

  ApplicationDetailQuery(EntityManager em) {
    this.em = em;
  }

  /** The application must come with its round and country fetched. */
  ApplicationDetail of(Application a) {
    Round r = a.getRound();
    var c = a.getCountry();
    ApplicationDetails details = a.details();
    ApplicationRow summary =
        new ApplicationRow(
            a.getId(),
            a.getReference(),
            r.getId(),
            r.getNumber(),
            r.getTitle(),
            r.getOpensOn(),
            r.getClosesOn(),
            r.getMinimumUsd(),
            r.getMaximumUsd(),
            r.getMaximumMonths(),
            c.getId(),
            c.getIsoCode(),
            c.name(Locale.ENGLISH),
            c.name(Locale.FRENCH),
            c.name(Locale.forLanguageTag("es")),
            c.getRegionalGroup(),
            a.getTitle(),
            a.getAmountRequested(),
            a.getDurationMonths(),
            a.getStatus(),
            a.getReceivedAt(),
            a.getLateReason(),
            a.getVersion());
    return new ApplicationDetail(
        summary,
        details,
        a.getEligibilityReason(),
        a.getFirstAssessment(),
        a.getRecordedAt(),
        a.getRecordedBy(),
        budget(a),
        logFrame(a),
        attachments(a),
        screening(a),
        criteria(r));
  }

  private List<BudgetRow> budget(Application a) {
    return em.createQuery(
            "select new "
                + PACKAGE
                + "BudgetRow(b.category, b.year, b.amountUsd)"
                + " from ApplicationBudgetLine b where b.application = :a"
                + " order by b.category, b.year, b.id",
            BudgetRow.class)
        .setParameter("a", a)
        .getResultList();
  }

  private List<LogFrameLine> logFrame(Application a) {
    return em.createQuery(
            "select new "
                + PACKAGE
                + "LogFrameLine(r.level, r.description, r.indicator)"
                + " from ApplicationResult r where r.application = :a order by r.position",
            LogFrameLine.class)
        .setParameter("a", a)
        .getResultList();
  }

  private List<AttachmentRow> attachments(Application a) {
    return em.createQuery(
            "select new "
                + PACKAGE
                + "AttachmentRow(t.id, t.kind, t.fileName, t.contentType,"
                + " t.sizeBytes, t.sha256, t.uploadedAt, t.uploadedBy)"
                + " from Attachment t where t.application = :a order by t.uploadedAt, t.id",
            AttachmentRow.class)
        .setParameter("a", a)
        .getResultList();
  }

  private List<ScreeningRow> screening(Application a) {
    return em.createQuery(
            "select new "
                + PACKAGE
                + "ScreeningRow(i.id, i.code, i.textEn, i.textFr, i.textEs,"
                + " s.met, s.comment) from ChecklistItem i"
                + " left join ScreeningCheck s on s.item = i and s.application = :a"
                + " where i.round = :round order by i.position",
            ScreeningRow.class)
        .setParameter("a", a)
        .setParameter("round", a.getRound())
        .getResultList();
  }

  private List<RoundDetail.CriterionRow> criteria(Round r) {
    return em.createQuery(
            "select new "
                + PACKAGE
                + "RoundDetail$CriterionRow(c.id, c.code, c.nameEn,"
                + " c.nameFr, c.nameEs, c.weightPercent, c.scaleMin, c.scaleMax)"
                + " from EvaluationCriterion c where c.round = :round order by c.position",
            RoundDetail.CriterionRow.class)
        .setParameter("round", r)
        .getResultList();
  }
}
