package org.quicksilver.programme;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.funding.Allocation;
import org.quicksilver.funding.AllocationLedger;
import org.quicksilver.funding.Expense;
import org.quicksilver.platform.ConcurrentChangeException;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.platform.Records;
import org.quicksilver.platform.Saves;
import org.quicksilver.programme.rules.ReportKind;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Permissions;

/**
 * Grants: an approval of a closed meeting becomes a grant whose money is set aside at once (an
 * allocation on the round's earmark, attributed to its donors); tranches are paid as expenses
 * against that allocation, never before their condition is met nor beyond the amount approved.
 */
@Stateless
public class GrantService {
  private static final String ROW =
      "select new org.quicksilver.programme.GrantRow(g.id, g.reference, a.reference, c.nameEn,"
          + " a.title, g.approvedUsd,"
          + " coalesce((select sum(t.amountUsd) from Tranche t where t.grant = g"
          + " and t.paidOn is not null), 0),"
          + " g.signedOn, g.closedOn, g.version)"
          + " from Grant g join g.application a join a.country c";

  @PersistenceContext private EntityManager em;
  @Inject private AllocationLedger ledger;
  @Inject private Clock clock;

  /** Approved grants: staff who follow grants, and donor viewers (approved grants only). */
  @RequiresPermissions(
      value = {
        Permissions.PROGRAMME_READ,
        Permissions.PROGRAMME_GRANTS,
        Permissions.PROGRAMME_APPROVED
      },
      logical = Logical.OR)
  public List<GrantRow> list(@NotNull PageQuery query) {
    String filter = query.filters().getOrDefault("reference", "");
    return em.createQuery(
            ROW
                + " where lower(g.reference) like :f or lower(a.title) like :f order by g.reference",
            GrantRow.class)
        .setParameter("f", "%" + filter.toLowerCase().strip() + "%")
        .setFirstResult(query.first())
        .setMaxResults(query.size())
        .getResultList();
  }

  @RequiresPermissions(
      value = {
        Permissions.PROGRAMME_READ,
        Permissions.PROGRAMME_GRANTS,
        Permissions.PROGRAMME_APPROVED
      },
      logical = Logical.OR)
  public long count(@NotNull Map<String, String> filters) {
    String filter = filters.getOrDefault("reference", "");
    return em.createQuery(
            "select count(g) from Grant g join g.application a"
                + " where lower(g.reference) like :f or lower(a.title) like :f",
            Long.class)
        .setParameter("f", "%" + filter.toLowerCase().strip() + "%")
        .getSingleResult();
  }

  @RequiresPermissions(
      value = {
        Permissions.PROGRAMME_READ,
        Permissions.PROGRAMME_GRANTS,
        Permissions.PROGRAMME_APPROVED
      },
      logical = Logical.OR)
  public GrantDetail detail(long grantId) {
    GrantRow row =
        em.createQuery(ROW + " where g.id = :id", GrantRow.class)
            .setParameter("id", grantId)
            .getResultStream()
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException(grantId));
    Object[] more =
        em.createQuery(
                "select a.id, g.agreementReference, m.reference, d.conditions from Grant g"
                    + " join g.application a join g.decision d join d.meeting m where g.id = :id",
                Object[].class)
            .setParameter("id", grantId)
            .getSingleResult();
    List<TrancheRow> tranches =
        em.createQuery(
                "select new org.quicksilver.programme.TrancheRow(t.id, t.number, t.amountUsd,"
                    + " t.plannedOn, r.id, r.reference, r.acceptedOn, t.paidOn, t.version)"
                    + " from Tranche t left join t.condition r where t.grant.id = :id"
                    + " order by t.number",
                TrancheRow.class)
            .setParameter("id", grantId)
            .getResultList();
    List<GrantReportRow> reports =
        em.createQuery(
                "select new org.quicksilver.programme.GrantReportRow(r.id, r.kind, r.reference,"
                    + " r.dueOn, r.receivedOn, r.acceptedOn, r.version)"
                    + " from GrantReport r where r.grant.id = :id order by r.dueOn, r.id",
                GrantReportRow.class)
            .setParameter("id", grantId)
            .getResultList();
    return new GrantDetail(
        row,
        (Long) more[0],
        (String) more[1],
        (String) more[2],
        (String) more[3],
        tranches,
        reports);
  }

  /**
   * Makes a grant of an approval once its meeting is closed, and sets its money aside at once from
   * the round's earmark (refused if the earmark's available balance is short).
   */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public long award(long decisionId, @NotBlank @Size(max = 30) String reference) {
    Decision decision = Records.find(em, Decision.class, decisionId);
    if (!decision.getMeeting().isClosed()) {
      throw new InvalidInputException(
          "programme.grant.meetingOpen", decision.getMeeting().getReference());
    }
    Long superseded =
        em.createQuery("select count(d) from Decision d where d.supersedes = :d", Long.class)
            .setParameter("d", decision)
            .getSingleResult();
    if (superseded > 0) {
      throw new InvalidInputException("programme.grant.decisionSuperseded");
    }
    var grant = new Grant(decision, reference.strip(), CurrentUser.username(), Instant.now(clock));
    em.persist(grant);
    Saves.flush(
        em,
        () ->
            new DuplicateRecordException(
                "programme.grant.duplicate", decision.getApplication().getReference()));
    Round round = decision.getApplication().getRound();
    if (round.getEarmark() == null) {
      throw new InvalidInputException("programme.round.noEarmark", round.getNumber());
    }
    long allocationId =
        ledger.allocate(
            round.getEarmark().getId(),
            new Allocation.Target("SIP grant " + grant.getReference(), "GRANT", grant.getId()),
            grant.getApprovedUsd(),
            LocalDate.now(clock));
    grant.fundFrom(em.find(Allocation.class, allocationId));
    return grant.getId();
  }

  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void sign(
      long grantId, long version, @NotBlank String agreementReference, @NotNull LocalDate on) {
    Grant grant = Records.find(em, Grant.class, grantId);
    Saves.checkVersion(version, grant.getVersion());
    grant.sign(agreementReference, on);
    Saves.flush(em, ConcurrentChangeException::new);
  }

  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public long expectReport(
      long grantId,
      @NotNull ReportKind kind,
      @NotBlank @Size(max = 60) String reference,
      @NotNull LocalDate dueOn) {
    Grant grant = Records.find(em, Grant.class, grantId);
    grant.checkOpen();
    var report = new GrantReport(grant, kind, reference.strip(), dueOn);
    em.persist(report);
    em.flush();
    return report.getId();
  }

  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void receiveReport(long reportId, long version, @NotNull LocalDate on) {
    GrantReport report = Records.find(em, GrantReport.class, reportId);
    Saves.checkVersion(version, report.getVersion());
    report.receive(on);
    Saves.flush(em, ConcurrentChangeException::new);
  }

  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void acceptReport(long reportId, long version, @NotNull LocalDate on) {
    GrantReport report = Records.find(em, GrantReport.class, reportId);
    Saves.checkVersion(version, report.getVersion());
    report.accept(on);
    Saves.flush(em, ConcurrentChangeException::new);
  }

  /** Plans a tranche; all tranches together never exceed the amount approved. */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public long planTranche(
      long grantId,
      @NotNull @Positive @Digits(integer = 17, fraction = 2) BigDecimal amountUsd,
      @NotNull LocalDate plannedOn,
      Long conditionReportId) {
    Grant grant = em.find(Grant.class, grantId, LockModeType.PESSIMISTIC_WRITE);
    if (grant == null) {
      throw new RecordNotFoundException(grantId);
    }
    grant.checkOpen();
    GrantReport condition = null;
    if (conditionReportId != null) {
      condition = Records.find(em, GrantReport.class, conditionReportId);
      if (!condition.getGrant().getId().equals(grantId)) {
        throw new InvalidInputException(
            "programme.report.otherGrant", condition.getReference(), grant.getReference());
      }
    }
    Object[] planned =
        em.createQuery(
                "select coalesce(sum(t.amountUsd), 0), coalesce(max(t.number), 0) from Tranche t"
                    + " where t.grant = :g",
                Object[].class)
            .setParameter("g", grant)
            .getSingleResult();
    BigDecimal total = ((BigDecimal) planned[0]).add(amountUsd);
    if (total.compareTo(grant.getApprovedUsd()) > 0) {
      throw new InvalidInputException(
          "programme.tranche.plannedBeyondApproved", total, grant.getApprovedUsd());
    }
    int number = ((Number) planned[1]).intValue() + 1;
    var tranche = new Tranche(grant, number, amountUsd, plannedOn, condition);
    em.persist(tranche);
    em.flush();
    return tranche.getId();
  }

  /**
   * Pays a tranche from the grant's allocation: refused before its condition is met, twice, or
   * beyond the amount approved.
   */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void payTranche(long trancheId, long version, @NotNull LocalDate paidOn) {
    Tranche tranche = Records.find(em, Tranche.class, trancheId);
    Saves.checkVersion(version, tranche.getVersion());
    Grant grant = em.find(Grant.class, tranche.getGrant().getId(), LockModeType.PESSIMISTIC_WRITE);
    grant.checkOpen();
    tranche.checkPayable();
    BigDecimal paid =
        em.createQuery(
                "select coalesce(sum(t.amountUsd), 0) from Tranche t"
                    + " where t.grant = :g and t.paidOn is not null",
                BigDecimal.class)
            .setParameter("g", grant)
            .getSingleResult();
    BigDecimal after = paid.add(tranche.getAmountUsd());
    if (after.compareTo(grant.getApprovedUsd()) > 0) {
      throw new InvalidInputException(
          "programme.tranche.beyondApproved", tranche.getNumber(), after, grant.getApprovedUsd());
    }
    if (grant.getAllocation() == null) {
      throw new InvalidInputException("programme.grant.notFunded", grant.getReference());
    }
    long expenseId =
        ledger.spend(
            grant.getAllocation().getId(),
            paidOn,
            tranche.getAmountUsd(),
            "Tranche " + tranche.getNumber() + " of SIP grant " + grant.getReference(),
            grant.getReference() + "/" + tranche.getNumber());
    tranche.paid(paidOn, em.find(Expense.class, expenseId));
    Saves.flush(em, ConcurrentChangeException::new);
  }

  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public void close(long grantId, long version, @NotNull LocalDate on) {
    Grant grant = Records.find(em, Grant.class, grantId);
    Saves.checkVersion(version, grant.getVersion());
    grant.close(on);
    Saves.flush(em, ConcurrentChangeException::new);
  }

  /** Approvals of closed meetings that have no grant yet, for the "award" action. */
  @RequiresPermissions(Permissions.PROGRAMME_MANAGE)
  public List<AgendaItem> awaitingGrant() {
    return em.createQuery(
            "select new org.quicksilver.programme.AgendaItem(a.id, a.reference, c.nameEn, a.title,"
                + " a.amountRequested, a.status, d.id, d.outcome, d.approvedUsd, d.conditions,"
                + " d.reasons, m.reference)"
                + " from Decision d join d.application a join a.country c join d.meeting m"
                + " where m.closedAt is not null"
                + " and d.outcome in (org.quicksilver.programme.rules.Outcome.APPROVED,"
                + " org.quicksilver.programme.rules.Outcome.APPROVED_WITH_CONDITIONS)"
                + " and not exists (select 1 from Decision later where later.supersedes = d)"
                + " and not exists (select 1 from Grant g where g.decision = d)"
                + " order by a.reference",
            AgendaItem.class)
        .getResultList();
  }
}
