package org.quicksilver.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthorizedException;

/**
 * Which donor's money the signed-in user may see: every donor for staff who read funding, only
 * their own for a donor viewer. The services filter with it, so a crafted request for another
 * donor's figures finds nothing to show.
 */
@Stateless
public class DonorScope {
  @PersistenceContext private EntityManager em;

  /** Empty for staff (all donors); the donor's id for a donor viewer; refused otherwise. */
  public Optional<Long> restriction() {
    var subject = SecurityUtils.getSubject();
    if (subject.isPermitted(Permissions.FUNDING_READ)) {
      return Optional.empty();
    }
    if (!subject.isPermitted(Permissions.FUNDING_OWN)) {
      throw new UnauthorizedException("No permission to see contributions");
    }
    return Optional.of(
        ownDonor()
            .orElseThrow(() -> new UnauthorizedException("This donor viewer is tied to no donor")));
  }

  /**
   * The donor the signed-in user is tied to (app_user.donor_id), whatever their permissions; empty
   * for a user tied to none. Other contexts (the projects' {@code FundedScope}) scope with it.
   */
  public Optional<Long> ownDonor() {
    return em.createQuery(
            "select u.donorId from UserAccount u where u.username = :name and u.donorId is not null",
            Long.class)
        .setParameter("name", CurrentUser.username())
        .getResultStream()
        .findFirst();
  }

  /**
   * The filters of a list as this user may see it: a donor viewer's always name their own donor in
   * the given field, whatever the request sent.
   */
  public java.util.Map<String, String> filter(java.util.Map<String, String> filters, String field) {
    return restriction()
        .map(
            donor -> {
              java.util.Map<String, String> own = new java.util.HashMap<>(filters);
              own.put(field, donor.toString());
              return java.util.Map.copyOf(own);
            })
        .orElse(filters);
  }

  /** Refuses a request for a donor the user may not see. */
  public void check(long donorId) {
    restriction()
        .filter(own -> own != donorId)
        .ifPresent(
            own -> {
              throw new UnauthorizedException("Another donor's contributions");
            });
  }
}
