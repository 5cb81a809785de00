package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Locale;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.security.Permissions;

/** The choices the funding forms offer: earmarks (with their fund), donors, currencies, pledges. */
@Stateless
public class FundingOptions {
  @PersistenceContext private EntityManager em;

  @RequiresPermissions(Permissions.FUNDING_READ)
  public List<Option> earmarks(@NotNull Locale locale) {
    return em.createQuery(
            "select e from Earmark e join fetch e.fund order by e.fund.code, e.code", Earmark.class)
        .getResultStream()
        .map(e -> new Option(e.getId(), e.getFund().getCode() + " · " + e.name(locale)))
        .toList();
  }

  /** Organisations that can give money: governments, the EU, and any other that already did. */
  @RequiresPermissions(Permissions.FUNDING_READ)
  public List<Option> donors() {
    return em.createQuery(
            "select new org.quicksilver.funding.Option(o.id, o.name) from Organisation o"
                + " where o.kind in (org.quicksilver.reference.OrganisationKind.GOVERNMENT,"
                + " org.quicksilver.reference.OrganisationKind.EUROPEAN_UNION)"
                + " or exists (select 1 from Receipt r where r.donor = o)"
                + " or exists (select 1 from Pledge p where p.donor = o)"
                + " order by o.name",
            Option.class)
        .getResultList();
  }

  @RequiresPermissions(Permissions.FUNDING_READ)
  public List<String> currencies() {
    return em.createQuery("select c.code from Currency c order by c.code", String.class)
        .getResultList();
  }

  /** A donor's pledges that still expect money, for linking a receipt to one. */
  @RequiresPermissions(Permissions.FUNDING_READ)
  public List<Option> openPledges(long donorId) {
    return em.createQuery(
            "select p from Pledge p where p.donor.id = :donor and p.writtenOffOn is null"
                + " order by p.pledgedOn desc",
            Pledge.class)
        .setParameter("donor", donorId)
        .getResultStream()
        .map(
            p ->
                new Option(
                    p.getId(),
                    p.getReference()
                        + " · "
                        + p.getAmount().stripTrailingZeros().toPlainString()
                        + " "
                        + p.getCurrencyCode()))
        .toList();
  }
}
