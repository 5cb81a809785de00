package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.programme.MemberRole;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Outcome;
import org.quicksilver.programme.rules.SheetStatus;
import org.quicksilver.reference.ConventionStatus;
import org.quicksilver.reference.RegionalGroup;
import org.quicksilver.reference.SipEligibility;

/**
 * The Specific International Programme's demo data (db/demo/V7__demo_programme.sql) as loaded on
 * the configured database: a first round that tells a consistent story — eligible applicants, a
 * balanced committee whose members never score their own country's application, criteria weights
 * that add up, budgets that add up, approvals within the amounts requested and grants paid within
 * what the SIP trust fund received. Only the illustrative records are read, so data that other
 * tests add does not change the answer.
 */
@ExtendWith(ArquillianExtension.class)
class ProgrammeDemoDataIT {
  private static final String ROUND_ONE = "a.round.number = 1 and a.illustrative = true";

  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(ProgrammeDemoDataIT.class);
  }

  @PersistenceContext EntityManager em;

  @Test
  void roundOneHasAboutTwentyApplicationsFromEligibleParties() {
    List<Object[]> rows =
        em.createQuery(
                "select a.reference, c.conventionStatus, c.sipEligibility, a.status"
                    + " from Application a join a.country c where "
                    + ROUND_ONE,
                Object[].class)
            .getResultList();
    assertTrue(rows.size() >= 18 && rows.size() <= 22, rows.size() + " applications");
    for (Object[] row : rows) {
      assertEquals(ConventionStatus.PARTY, row[1], row[0] + " from a non-Party");
      assertTrue(row[2] != SipEligibility.NOT_ELIGIBLE, row[0] + " from a non-eligible country");
    }
    long ineligible = rows.stream().filter(r -> r[3] == ApplicationStatus.INELIGIBLE).count();
    long withdrawn = rows.stream().filter(r -> r[3] == ApplicationStatus.WITHDRAWN).count();
    assertEquals(2, ineligible);
    assertEquals(1, withdrawn);
    long regions =
        em.createQuery(
                "select count(distinct a.country.regionalGroup) from Application a where "
                    + ROUND_ONE,
                Long.class)
            .getSingleResult();
    assertEquals(4, regions, "every regional group with an eligible Party applied");
  }

  @Test
  void theCommitteeHasTenMembersTwoPerRegionalGroupAndTwoCoChairs() {
    List<Object[]> members =
        em.createQuery(
                "select m.username, m.country.regionalGroup, m.role from CommitteeMember m"
                    + " where m.illustrative = true",
                Object[].class)
            .getResultList();
    assertEquals(10, members.size());
    Map<RegionalGroup, Integer> perGroup = new TreeMap<>();
    for (Object[] m : members) {
      perGroup.merge((RegionalGroup) m[1], 1, Integer::sum);
    }
    assertEquals(RegionalGroup.values().length, perGroup.size(), perGroup.toString());
    perGroup.forEach((group, count) -> assertEquals(2, count, group.name()));
    assertEquals(2, members.stream().filter(m -> m[2] == MemberRole.CO_CHAIR).count());
    Set<String> usernames = Set.copyOf(members.stream().map(m -> (String) m[0]).toList());
    assertTrue(usernames.containsAll(Set.of("chair", "member")), usernames.toString());
    assertEquals(
        MemberRole.CO_CHAIR,
        em.createQuery(
                "select m.role from CommitteeMember m where m.username = 'chair'", MemberRole.class)
            .getSingleResult());
  }

  @Test
  void noMemberScoresAnApplicationTheyAreRecusedFrom() {
    long ownCountry =
        em.createQuery(
                "select count(s) from ScoreSheet s"
                    + " where s.member.country = s.application.country",
                Long.class)
            .getSingleResult();
    assertEquals(0, ownCountry);
    long declared =
        em.createQuery(
                "select count(s) from ScoreSheet s, ConflictDeclaration d"
                    + " where d.member = s.member and d.application = s.application",
                Long.class)
            .getSingleResult();
    assertEquals(0, declared);
    // the demo member is recused from an application the committee reviewed or decided
    long memberRecused =
        em.createQuery(
                "select count(a) from Application a, CommitteeMember m where "
                    + ROUND_ONE
                    + " and m.username = 'member' and a.country = m.country"
                    + " and a.status in :reviewed",
                Long.class)
            .setParameter(
                "reviewed",
                List.of(
                    ApplicationStatus.UNDER_REVIEW,
                    ApplicationStatus.APPROVED,
                    ApplicationStatus.APPROVED_WITH_CONDITIONS,
                    ApplicationStatus.DEFERRED,
                    ApplicationStatus.REJECTED))
            .getSingleResult();
    assertTrue(memberRecused >= 1, "member recused from " + memberRecused);
    long submitted =
        em.createQuery(
                "select count(s) from ScoreSheet s where s.application.round.number = 1"
                    + " and s.status = :submitted",
                Long.class)
            .setParameter("submitted", SheetStatus.SUBMITTED)
            .getSingleResult();
    assertTrue(submitted >= 100, submitted + " submitted score sheets");
  }

  @Test
  void roundOnesCriteriaWeightsAddUpToOneHundred() {
    Long total =
        em.createQuery(
                "select sum(c.weightPercent) from EvaluationCriterion c where c.round.number = 1",
                Long.class)
            .getSingleResult();
    assertEquals(100L, total);
  }

  @Test
  void everyApplicationsBudgetLinesAddUpToItsAmountRequested() {
    List<Object[]> rows =
        em.createQuery(
                "select a.reference, a.amountRequested, sum(b.amountUsd)"
                    + " from ApplicationBudgetLine b join b.application a where "
                    + ROUND_ONE
                    + " group by a.reference, a.amountRequested",
                Object[].class)
            .getResultList();
    assertEquals(applicationCount(), rows.size(), "every application has budget lines");
    for (Object[] row : rows) {
      assertEquals(0, ((BigDecimal) row[1]).compareTo((BigDecimal) row[2]), (String) row[0]);
    }
  }

  @Test
  void fiveApprovalsNeverAboveTheAmountRequestedAndAQuorumAtOslo() {
    List<Object[]> approvals =
        em.createQuery(
                "select a.reference, d.approvedUsd, a.amountRequested, a.status, d.outcome"
                    + " from Decision d join d.application a where "
                    + ROUND_ONE
                    // the Oslo meeting's: browser tests decide at meetings of their own
                    + " and d.meeting.place = 'Oslo' and d.outcome in :approved",
                Object[].class)
            .setParameter("approved", List.of(Outcome.APPROVED, Outcome.APPROVED_WITH_CONDITIONS))
            .getResultList();
    assertEquals(5, approvals.size());
    for (Object[] row : approvals) {
      assertTrue(((BigDecimal) row[1]).compareTo((BigDecimal) row[2]) <= 0, (String) row[0]);
      assertEquals(((Outcome) row[4]).status(), row[3], (String) row[0]);
    }
    Object[] oslo =
        em.createQuery(
                "select g.quorum, size(g.present) from CommitteeMeeting g where g.place = 'Oslo'"
                    + " and g.illustrative = true",
                Object[].class)
            .getSingleResult();
    assertTrue((Integer) oslo[1] >= (Integer) oslo[0], oslo[1] + " present, quorum " + oslo[0]);
  }

  @Test
  void theSipEarmarkNeverAllocatesMoreThanItReceived() {
    BigDecimal received =
        em.createQuery(
                "select sum(r.usdAmount) from Receipt r"
                    + " where r.earmark.code = 'SIP' and r.earmark.fund.code = 'SIP'",
                BigDecimal.class)
            .getSingleResult();
    BigDecimal allocated =
        em.createQuery(
                "select sum(a.amountUsd) from Allocation a"
                    + " where a.earmark.code = 'SIP' and a.earmark.fund.code = 'SIP'",
                BigDecimal.class)
            .getSingleResult();
    assertTrue(allocated.compareTo(received) <= 0, allocated + " allocated of " + received);
  }

  @Test
  void eachGrantPaysNoMoreThanItsApprovedAmountFromItsOwnAllocation() {
    List<Object[]> grants =
        em.createQuery(
                "select g.reference, g.approvedUsd, g.allocation.amountUsd from Grant g"
                    + " where g.illustrative = true",
                Object[].class)
            .getResultList();
    assertEquals(5, grants.size());
    List<Object[]> paid =
        em.createQuery(
                "select t.grant.reference, t.amountUsd, e.amountUsd"
                    + " from Tranche t join t.expense e"
                    + " where t.paidOn is not null and t.grant.illustrative = true"
                    + " and e.allocation = t.grant.allocation",
                Object[].class)
            .getResultList();
    for (Object[] grant : grants) {
      String reference = (String) grant[0];
      BigDecimal approved = (BigDecimal) grant[1];
      assertEquals(0, approved.compareTo((BigDecimal) grant[2]), reference + " allocation");
      List<Object[]> tranches = paid.stream().filter(t -> reference.equals(t[0])).toList();
      assertEquals(1, tranches.size(), reference + ": first tranche paid from its allocation");
      BigDecimal total = BigDecimal.ZERO;
      for (Object[] tranche : tranches) {
        assertEquals(0, ((BigDecimal) tranche[1]).compareTo((BigDecimal) tranche[2]), reference);
        total = total.add((BigDecimal) tranche[1]);
      }
      assertTrue(total.compareTo(approved) <= 0, reference + " paid " + total);
    }
  }

  private long applicationCount() {
    return em.createQuery("select count(a) from Application a where " + ROUND_ONE, Long.class)
        .getSingleResult();
  }
}
