package org.quicksilver.projects;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;

/** Pilot projects as rows, with their open and overdue milestones counted in the same query. */
final class PilotQueries {
  static final String ROW =
      "select new org.quicksilver.projects.PilotRow(pp.id, p.id, p.code, c.nameEn, o.name,"
          + " pp.title, pp.budgetUsd, pp.status,"
          + " (select count(m) from PilotMilestone m where m.pilot = pp and m.completedOn is null),"
          + " (select count(m) from PilotMilestone m where m.pilot = pp and m.completedOn is null"
          + " and m.dueOn < :today), pp.version)"
          + " from PilotProject pp join pp.project p join pp.country c left join pp.partner o";

  private PilotQueries() {}

  static List<PilotRow> rowsOfProject(EntityManager em, long projectId, LocalDate today) {
    return em.createQuery(ROW + " where p.id = :p order by c.nameEn, pp.id", PilotRow.class)
        .setParameter("p", projectId)
        .setParameter("today", today)
        .getResultList();
  }
}
