package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.authz.annotation.Logical;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.platform.ConcurrentChangeException;
import org.quicksilver.platform.Records;
import org.quicksilver.platform.Saves;
import org.quicksilver.security.DonorScope;
import org.quicksilver.security.Permissions;

/** The reports donors' agreements ask for: what is due, when, and what was sent. */
@Stateless
public class ReportingObligationService {
  private static final String ROW =
      "select new org.quicksilver.funding.ObligationRow(o.id, p.id, p.reference, d.id, d.name,"
          + " o.description, o.dueOn, o.submittedOn, o.version)"
          + " from ReportingObligation o join o.pledge p join p.donor d";

  @PersistenceContext private EntityManager em;
  @Inject private DonorScope scope;
  @Inject private Clock clock;

  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public long add(
      long pledgeId, @NotBlank @Size(max = 300) String description, @NotNull LocalDate dueOn) {
    Pledge pledge = Records.find(em, Pledge.class, pledgeId);
    var obligation = new ReportingObligation(pledge, description, dueOn);
    em.persist(obligation);
    em.flush();
    return obligation.getId();
  }

  /** Records the report as sent; a stale version means someone else did it first. */
  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public void markSubmitted(long obligationId, long version, @NotNull LocalDate on) {
    ReportingObligation obligation = Records.find(em, ReportingObligation.class, obligationId);
    Saves.checkVersion(version, obligation.getVersion());
    obligation.markSubmitted(on, LocalDate.now(clock));
    Saves.flush(em, ConcurrentChangeException::new);
  }

  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public List<ObligationRow> forDonor(long donorId) {
    scope.check(donorId);
    return em.createQuery(ROW + " where d.id = :donor order by o.dueOn, o.id", ObligationRow.class)
        .setParameter("donor", donorId)
        .getResultList();
  }

  /**
   * Obligations not yet met that fall due by the given date (overdue ones included): every donor's
   * for staff, a donor viewer's own donor's only.
   */
  @RequiresPermissions(
      value = {Permissions.FUNDING_READ, Permissions.FUNDING_OWN},
      logical = Logical.OR)
  public List<ObligationRow> dueBy(@NotNull LocalDate date, int max) {
    Optional<Long> donor = scope.restriction();
    var query =
        em.createQuery(
                ROW
                    + " where o.submittedOn is null and o.dueOn <= :date"
                    + (donor.isPresent() ? " and d.id = :donor" : "")
                    + " order by o.dueOn, o.id",
                ObligationRow.class)
            .setParameter("date", date);
    donor.ifPresent(id -> query.setParameter("donor", id));
    return query.setMaxResults(Math.min(Math.max(max, 1), 200)).getResultList();
  }
}
