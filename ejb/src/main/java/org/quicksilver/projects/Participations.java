package org.quicksilver.projects;

import jakarta.persistence.EntityManager;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicksilver.projects.rules.Gender;
import org.quicksilver.projects.rules.ParticipantRole;
import org.quicksilver.projects.rules.ParticipantTotals;
import org.quicksilver.projects.rules.Participation;
import org.quicksilver.projects.rules.TravelFunding;
import org.quicksilver.reference.RegionalGroup;

/**
 * Counts participants in one query that reads no name: country, region, gender, role and who paid
 * the travel, added up by {@link ParticipantTotals}.
 */
final class Participations {
  private Participations() {}

  /** Of one activity. */
  static ParticipantCounts ofActivity(EntityManager em, long activityId) {
    return counts(em, "p.activity.id = :id", activityId);
  }

  /** Of every activity of a project that was not cancelled and that the scope reaches. */
  static ParticipantCounts ofProject(EntityManager em, long projectId, Funded funded) {
    return counts(
        em,
        "p.activity.project.id = :id and p.activity.status <>"
            + " org.quicksilver.projects.rules.ActivityStatus.CANCELLED and "
            + funded.activity("p.activity"),
        projectId);
  }

  private static ParticipantCounts counts(EntityManager em, String where, long id) {
    List<Participation> participations = new ArrayList<>();
    Map<String, String> names = new HashMap<>();
    em.createQuery(
            "select c.isoCode, c.nameEn, c.regionalGroup, p.gender, p.role, f.code, e.code"
                + " from Participant p join p.country c left join p.earmark e left join e.fund f"
                + " where "
                + where,
            Object[].class)
        .setParameter("id", id)
        .getResultStream()
        .forEach(
            row -> {
              names.put((String) row[0], (String) row[1]);
              Optional<TravelFunding> funding =
                  Optional.ofNullable((String) row[5])
                      .map(
                          fund ->
                              Participant.UNEARMARKED.equals(row[6])
                                  ? TravelFunding.fromFund(fund)
                                  : TravelFunding.fromEarmark(fund, (String) row[6]));
              participations.add(
                  new Participation(
                      (String) row[0],
                      (RegionalGroup) row[2],
                      (Gender) row[3],
                      (ParticipantRole) row[4],
                      funding));
            });
    return ParticipantCounts.of(ParticipantTotals.of(participations), names);
  }
}
