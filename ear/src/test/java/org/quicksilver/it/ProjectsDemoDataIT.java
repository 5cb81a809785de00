package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.programme.ResultLevel;
import org.quicksilver.projects.PartnerRole;
import org.quicksilver.projects.rules.ActivityStatus;
import org.quicksilver.projects.rules.ActivityType;
import org.quicksilver.projects.rules.PilotProjectStatus;
import org.quicksilver.reference.ConventionStatus;
import org.quicksilver.reference.OrganisationKind;
import org.quicksilver.reference.RegionalGroup;
import org.quicksilver.reference.SipEligibility;

/**
 * The capacity-building demo data (db/demo/V8__demo_projects.sql) as loaded on the configured
 * database: the events of the secretariat's report to COP-2 where and when the report puts them,
 * money that never goes beyond what donors paid into an earmark nor spending beyond what was set
 * aside, participants only at events, nothing held that is still to come, and the EU project's
 * logical framework measured from baselines towards targets. Money checks read every row (the
 * ledger keeps other tests' data within the same bounds); the others read the demo's rows.
 */
@ExtendWith(ArquillianExtension.class)
class ProjectsDemoDataIT {
  private static final String EU_PROJECT = "EU-MC-CB-2018";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ProjectsDemoDataIT.class);
  }

  @PersistenceContext EntityManager em;

  private record Consultation(
      RegionalGroup region, String city, String country, LocalDate start, LocalDate end) {}

  @Test
  void theFourRegionalConsultationsAreWhereAndWhenTheReportPutsThemPaidByTheirFourDonors() {
    Map<String, Consultation> expected =
        Map.of(
            "Lusaka",
            new Consultation(
                RegionalGroup.AFRICA,
                "Lusaka",
                "ZM",
                LocalDate.of(2018, 10, 9),
                LocalDate.of(2018, 10, 10)),
            "Chisinau",
            new Consultation(
                RegionalGroup.EASTERN_EUROPE,
                "Chisinau",
                "MD",
                LocalDate.of(2018, 10, 16),
                LocalDate.of(2018, 10, 17)),
            "Bangkok",
            new Consultation(
                RegionalGroup.ASIA_PACIFIC,
                "Bangkok",
                "TH",
                LocalDate.of(2018, 10, 23),
                LocalDate.of(2018, 10, 24)),
            "Lima",
            new Consultation(
                RegionalGroup.LATIN_AMERICA_CARIBBEAN,
                "Lima",
                "PE",
                LocalDate.of(2018, 10, 30),
                LocalDate.of(2018, 10, 31)));
    List<Object[]> rows =
        em.createQuery(
                "select a.region, a.venueCity, c.isoCode, a.startOn, a.endOn, a.status,"
                    + " a.project.id from Activity a left join a.venueCountry c"
                    + " where a.type = :type and a.illustrative = true",
                Object[].class)
            .setParameter("type", ActivityType.REGIONAL_CONSULTATION)
            .getResultList();
    Map<String, Consultation> found = new TreeMap<>();
    for (Object[] row : rows) {
      found.put(
          (String) row[1],
          new Consultation(
              (RegionalGroup) row[0],
              (String) row[1],
              (String) row[2],
              (LocalDate) row[3],
              (LocalDate) row[4]));
      assertEquals(ActivityStatus.HELD, row[5], row[1] + " held");
      assertNull(row[6], row[1] + " stands alone");
    }
    assertEquals(new TreeMap<>(expected), found);

    List<Object[]> partners =
        em.createQuery(
                "select p.activity.venueCity, o.name, o.kind, p.role from ActivityPartner p"
                    + " join p.organisation o where p.activity.type = :type"
                    + " and p.activity.illustrative = true",
                Object[].class)
            .setParameter("type", ActivityType.REGIONAL_CONSULTATION)
            .getResultList();
    Set<String> donors =
        Set.of(
            "Government of Austria",
            "Government of Japan",
            "Government of Sweden",
            "Government of Switzerland");
    for (String city : expected.keySet()) {
      Set<String> funders =
          partners.stream()
              .filter(p -> city.equals(p[0]) && p[3] == PartnerRole.FUNDER)
              .map(p -> (String) p[1])
              .collect(Collectors.toSet());
      assertEquals(donors, funders, city + " funders");
      long centres =
          partners.stream()
              .filter(
                  p ->
                      city.equals(p[0])
                          && p[3] == PartnerRole.LOGISTICS
                          && p[2] == OrganisationKind.REGIONAL_CENTRE)
              .count();
      assertEquals(1, centres, city + ": a regional centre does the logistics");
    }
  }

  @Test
  void theOtherEventsOfTheReportAreThere() {
    Map<String, Object[]> byTitle = new HashMap<>();
    em.createQuery(
            "select a.title, a.type, a.startOn, a.endOn, a.venueCity, a.online from Activity a"
                + " where a.project is null",
            Object[].class)
        .getResultStream()
        .forEach(row -> byTitle.put((String) row[0], row));
    Object[] ottawa = byTitle.get("Ad hoc group of experts on effectiveness evaluation, Ottawa");
    assertEquals(ActivityType.EXPERT_GROUP_MEETING, ottawa[1]);
    assertEquals(LocalDate.of(2018, 3, 5), ottawa[2]);
    assertEquals(LocalDate.of(2018, 3, 9), ottawa[3]);
    Object[] cop2 = byTitle.get("Second meeting of the Conference of the Parties (COP-2)");
    assertEquals(ActivityType.CONFERENCE, cop2[1]);
    assertEquals(LocalDate.of(2018, 11, 19), cop2[2]);
    assertEquals(LocalDate.of(2018, 11, 23), cop2[3]);
    assertEquals("Geneva", cop2[4]);
    Object[] webinar =
        byTitle.get(
            "Webinar on mercury trade and the Minamata Convention for Latin America and the"
                + " Caribbean");
    assertEquals(LocalDate.of(2018, 6, 27), webinar[2]);
    assertEquals(true, webinar[5]);
    Object[] committee =
        byTitle.get("First meeting of the Implementation and Compliance Committee");
    assertEquals(LocalDate.of(2018, 5, 29), committee[2]);
    long bureau =
        byTitle.values().stream()
            .filter(row -> ((String) row[0]).startsWith("Bureau of the Conference of the Parties"))
            .count();
    assertEquals(3, bureau, "two teleconferences and the Geneva meeting");
  }

  @Test
  void noEarmarkAllocatesMoreThanItReceivedNorAnyDonorMoreThanItPaidIn() {
    Map<Long, BigDecimal> received =
        sums("select r.earmark.id, sum(r.usdAmount) from Receipt r group by r.earmark.id");
    Map<Long, BigDecimal> allocated =
        sums("select a.earmark.id, sum(a.amountUsd) from Allocation a group by a.earmark.id");
    assertTrue(allocated.size() >= 4, "SIP, consultations, delegates, EU project: " + allocated);
    allocated.forEach(
        (earmark, amount) ->
            assertTrue(
                amount.compareTo(received.getOrDefault(earmark, BigDecimal.ZERO)) <= 0,
                "earmark " + earmark + ": " + amount + " allocated of " + received.get(earmark)));

    Map<String, BigDecimal> paidIn = new HashMap<>();
    em.createQuery(
            "select r.earmark.id, r.donor.id, sum(r.usdAmount) from Receipt r"
                + " group by r.earmark.id, r.donor.id",
            Object[].class)
        .getResultStream()
        .forEach(row -> paidIn.put(row[0] + "/" + row[1], (BigDecimal) row[2]));
    List<Object[]> attributed =
        em.createQuery(
                "select a.earmark.id, key(s), sum(value(s)) from Allocation a join a.shares s"
                    + " group by a.earmark.id, key(s)",
                Object[].class)
            .getResultList();
    for (Object[] row : attributed) {
      String key = row[0] + "/" + row[1];
      assertTrue(
          ((BigDecimal) row[2]).compareTo(paidIn.getOrDefault(key, BigDecimal.ZERO)) <= 0,
          "earmark/donor " + key + ": " + row[2] + " attributed of " + paidIn.get(key));
    }
    List<Object[]> shares =
        em.createQuery(
                "select a.purpose, a.amountUsd, sum(value(s)) from Allocation a join a.shares s"
                    + " group by a.id, a.purpose, a.amountUsd",
                Object[].class)
            .getResultList();
    for (Object[] row : shares) {
      assertEquals(0, ((BigDecimal) row[1]).compareTo((BigDecimal) row[2]), (String) row[0]);
    }
  }

  @Test
  void expensesStayWithinTheirAllocationsAndActivityAllocationsNameTheirActivity() {
    List<Object[]> rows =
        em.createQuery(
                "select a.purpose, a.amountUsd, sum(e.amountUsd) from Expense e"
                    + " join e.allocation a group by a.id, a.purpose, a.amountUsd",
                Object[].class)
            .getResultList();
    for (Object[] row : rows) {
      assertTrue(
          ((BigDecimal) row[2]).compareTo((BigDecimal) row[1]) <= 0,
          row[0] + ": " + row[2] + " spent of " + row[1]);
    }
    long orphans =
        em.createQuery(
                "select count(a) from Allocation a where a.targetKind = 'ACTIVITY' and not exists"
                    + " (select x from Activity x where x.id = a.targetId)",
                Long.class)
            .getSingleResult();
    assertEquals(0, orphans);
    List<Object[]> costed =
        em.createQuery(
                "select x.title, x.budgetUsd, al.amountUsd from Allocation al, Activity x"
                    + " where al.targetKind = 'ACTIVITY' and al.targetId = x.id"
                    + " and x.illustrative = true",
                Object[].class)
            .getResultList();
    assertTrue(costed.size() >= 5, costed.size() + " costed demo activities");
    Set<String> held =
        Set.copyOf(
            em.createQuery("select x.title from Activity x where x.status = :held", String.class)
                .setParameter("held", ActivityStatus.HELD)
                .getResultList());
    for (Object[] row : costed) {
      assertTrue(held.contains((String) row[0]), row[0] + " costed but not held");
    }
    // the EU project's money is the European Union's alone
    List<String> euDonors =
        em.createQuery(
                "select distinct o.name from Allocation a join a.shares s, Organisation o"
                    + " where key(s) = o.id and a.earmark.code = 'EU_PROJECT'"
                    + " and a.earmark.fund.code = 'EUP'",
                String.class)
            .getResultList();
    assertEquals(List.of("European Union"), euDonors);
  }

  @Test
  void participantsAreOnlyAtEventsWithTheirTravelPaidFromANamedEarmarkAndNoNames() {
    List<ActivityType> notEvents =
        Arrays.stream(ActivityType.values()).filter(type -> !type.isEvent()).toList();
    long misplaced =
        em.createQuery(
                "select count(p) from Participant p where p.activity.type in :types", Long.class)
            .setParameter("types", notEvents)
            .getSingleResult();
    assertEquals(0, misplaced);
    long travel =
        em.createQuery(
                "select count(p) from Participant p where (p.travelFunded = true"
                    + " and p.earmark is null) or (p.travelFunded = false"
                    + " and p.earmark is not null)",
                Long.class)
            .getSingleResult();
    assertEquals(0, travel);
    List<Object[]> demo =
        em.createQuery(
                "select p.activity.venueCity, count(p), sum(case when p.travelFunded = true"
                    + " then 1 else 0 end), sum(case when p.fullName is null then 0 else 1 end)"
                    + " from Participant p where p.activity.type = :type"
                    + " and p.activity.illustrative = true group by p.activity.venueCity",
                Object[].class)
            .setParameter("type", ActivityType.REGIONAL_CONSULTATION)
            .getResultList();
    assertEquals(4, demo.size(), "participants at each consultation");
    for (Object[] row : demo) {
      assertTrue((Long) row[1] >= 20, row[0] + ": " + row[1] + " participants");
      assertTrue((Long) row[2] > 0, row[0] + ": someone's travel paid");
      assertEquals(0L, row[3], row[0] + ": no names in the demo data");
    }
    long offEarmark =
        em.createQuery(
                "select count(p) from Participant p where p.travelFunded = true"
                    + " and p.activity.type = :type and p.activity.illustrative = true"
                    + " and not (p.earmark.code = 'CONSULTATIONS' and p.earmark.fund.code = 'STF')",
                Long.class)
            .setParameter("type", ActivityType.REGIONAL_CONSULTATION)
            .getSingleResult();
    assertEquals(0, offEarmark, "consultations' travel paid from STF/CONSULTATIONS");
  }

  @Test
  void heldActivitiesAreInThePastAndHeldEventsHadAVenueOrWereOnline() {
    LocalDate today = LocalDate.now();
    long future =
        em.createQuery(
                "select count(a) from Activity a where a.status = :held"
                    + " and (a.endOn is null or a.endOn > :today)",
                Long.class)
            .setParameter("held", ActivityStatus.HELD)
            .setParameter("today", today)
            .getSingleResult();
    assertEquals(0, future);
    List<ActivityType> events =
        Arrays.stream(ActivityType.values()).filter(ActivityType::isEvent).toList();
    long nowhere =
        em.createQuery(
                "select count(a) from Activity a where a.status = :held and a.type in :events"
                    + " and a.venueCity is null and a.online = false",
                Long.class)
            .setParameter("held", ActivityStatus.HELD)
            .setParameter("events", events)
            .getSingleResult();
    assertEquals(0, nowhere);
    long cancelledWithoutReason =
        em.createQuery(
                "select count(a) from Activity a where a.status = :cancelled"
                    + " and a.statusReason is null",
                Long.class)
            .setParameter("cancelled", ActivityStatus.CANCELLED)
            .getSingleResult();
    assertEquals(0, cancelledWithoutReason);
  }

  @Test
  void threePilotProjectsInEligiblePartiesWithAnOverdueMilestoneAndNoCompletedOneLeftOpen() {
    List<Object[]> pilots =
        em.createQuery(
                "select p.title, c.conventionStatus, c.sipEligibility, p.partner.name"
                    + " from PilotProject p join p.country c"
                    + " where p.project.code = :code and p.illustrative = true",
                Object[].class)
            .setParameter("code", EU_PROJECT)
            .getResultList();
    assertEquals(3, pilots.size());
    for (Object[] pilot : pilots) {
      assertEquals(ConventionStatus.PARTY, pilot[1], (String) pilot[0]);
      assertTrue(pilot[2] != SipEligibility.NOT_ELIGIBLE, (String) pilot[0]);
      assertTrue(pilot[3] != null, pilot[0] + " has an implementing partner");
    }
    long overdue =
        em.createQuery(
                "select count(m) from PilotMilestone m where m.pilot.project.code = :code"
                    + " and m.completedOn is null and m.dueOn < :today",
                Long.class)
            .setParameter("code", EU_PROJECT)
            .setParameter("today", LocalDate.now())
            .getSingleResult();
    assertTrue(overdue >= 1, overdue + " overdue milestones");
    long openInCompleted =
        em.createQuery(
                "select count(m) from PilotMilestone m where m.pilot.status = :completed"
                    + " and m.completedOn is null",
                Long.class)
            .setParameter("completed", PilotProjectStatus.COMPLETED)
            .getSingleResult();
    assertEquals(0, openInCompleted);
    long completedInFuture =
        em.createQuery(
                "select count(m) from PilotMilestone m where m.completedOn > :today", Long.class)
            .setParameter("today", LocalDate.now())
            .getSingleResult();
    assertEquals(0, completedInFuture);
  }

  @Test
  void theEuProjectHasItsAgreementAndALogicalFrameworkMeasuredFromBaselinesTowardsTargets() {
    Object[] project =
        em.createQuery(
                "select p.donor.name, p.pledge.reference, p.earmark.code, p.budgetUsd,"
                    + " p.focusAreas, p.conceptNote from Project p where p.code = :code",
                Object[].class)
            .setParameter("code", EU_PROJECT)
            .getSingleResult();
    assertEquals("European Union", project[0]);
    assertEquals("EU-DCI-ENV-2018", project[1]);
    assertEquals("EU_PROJECT", project[2]);
    assertTrue(((String) project[4]).toLowerCase().contains("mercury trade"));
    assertTrue(project[5] != null);

    List<Object[]> results =
        em.createQuery(
                "select r.code, r.level, (select count(i) from Indicator i where i.result = r)"
                    + " from ProjectResult r where r.project.code = :code",
                Object[].class)
            .setParameter("code", EU_PROJECT)
            .getResultList();
    assertEquals(2, results.stream().filter(r -> r[1] == ResultLevel.OUTCOME).count());
    List<Object[]> outputs = results.stream().filter(r -> r[1] == ResultLevel.OUTPUT).toList();
    assertTrue(outputs.size() >= 3 && outputs.size() <= 4, outputs.size() + " outputs");
    for (Object[] output : outputs) {
      assertTrue((Long) output[2] >= 1, output[0] + " has an indicator");
    }
    List<Object[]> indicators =
        em.createQuery(
                "select i.name, i.baseline, i.target,"
                    + " (select count(v) from IndicatorReading v where v.indicator = i)"
                    + " from Indicator i where i.result.project.code = :code",
                Object[].class)
            .setParameter("code", EU_PROJECT)
            .getResultList();
    assertTrue(indicators.size() >= outputs.size());
    for (Object[] indicator : indicators) {
      assertTrue(indicator[1] != null && indicator[2] != null, indicator[0] + " baseline, target");
      assertTrue(
          ((BigDecimal) indicator[1]).compareTo((BigDecimal) indicator[2]) != 0,
          indicator[0] + " moves from its baseline");
      assertTrue((Long) indicator[3] >= 1, indicator[0] + " has a value reached");
    }

    BigDecimal planned =
        em.createQuery(
                "select sum(a.budgetUsd) from Activity a where a.project.code = :code"
                    + " and a.status <> :cancelled",
                BigDecimal.class)
            .setParameter("code", EU_PROJECT)
            .setParameter("cancelled", ActivityStatus.CANCELLED)
            .getSingleResult();
    assertTrue(planned.compareTo((BigDecimal) project[3]) <= 0, planned + " planned");
    Map<ActivityType, Long> byType = new TreeMap<>();
    em.createQuery(
            "select a.type, count(a) from Activity a where a.project.code = :code group by a.type",
            Object[].class)
        .setParameter("code", EU_PROJECT)
        .getResultStream()
        .forEach(row -> byType.put((ActivityType) row[0], (Long) row[1]));
    long workshops =
        byType.getOrDefault(ActivityType.REGIONAL_WORKSHOP, 0L)
            + byType.getOrDefault(ActivityType.SUBREGIONAL_WORKSHOP, 0L);
    assertTrue(workshops >= 2 && workshops <= 3, byType.toString());
    assertEquals(2L, byType.get(ActivityType.TRAINING_MATERIAL), byType.toString());
    assertEquals(1L, byType.get(ActivityType.NEEDS_ASSESSMENT), byType.toString());
    List<String> materialLanguages =
        em.createQuery(
                "select d.languages from Deliverable d where d.activity.project.code = :code"
                    + " and d.activity.type = :type and d.kind = :kind",
                String.class)
            .setParameter("code", EU_PROJECT)
            .setParameter("type", ActivityType.TRAINING_MATERIAL)
            .setParameter("kind", org.quicksilver.projects.DeliverableKind.TRAINING_MATERIAL)
            .getResultList();
    assertEquals(List.of("EN, FR, ES", "EN, FR, ES"), materialLanguages);
  }

  /** Runs a query whose rows are an earmark's id and a sum. */
  private Map<Long, BigDecimal> sums(String query) {
    Map<Long, BigDecimal> sums = new HashMap<>();
    em.createQuery(query, Object[].class)
        .getResultStream()
        .forEach(row -> sums.put((Long) row[0], (BigDecimal) row[1]));
    return sums;
  }
}
