package org.quicksilver.programme;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.UnauthorizedException;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Recusals;
import org.quicksilver.security.CurrentUser;
import org.quicksilver.security.Permissions;

/**
 * Who may see an application. Staff who read the programme see them all. A committee member sees
 * only what is before the committee or decided, and nothing they are recused from (their own
 * country's, or one where they declared a conflict): the services filter with this, so a crafted
 * request finds nothing more than the page shows.
 */
@Stateless
public class ApplicationAccess {
  /** The statuses a committee member may see an application in. */
  public static final Set<ApplicationStatus> BEFORE_COMMITTEE =
      EnumSet.of(
          ApplicationStatus.UNDER_REVIEW,
          ApplicationStatus.APPROVED,
          ApplicationStatus.APPROVED_WITH_CONDITIONS,
          ApplicationStatus.DEFERRED,
          ApplicationStatus.REJECTED);

  /**
   * A committee member as the lists filter for them; both ids are null for a user with the
   * committee's permission but no member record, who then sees nothing.
   */
  public record Viewer(Long memberId, Long countryId) {
    boolean isNobody() {
      return memberId == null;
    }
  }

  @PersistenceContext private EntityManager em;

  /** Empty for staff (every application); the member to filter for otherwise. */
  public Optional<Viewer> restriction() {
    var subject = SecurityUtils.getSubject();
    if (subject.isPermitted(Permissions.PROGRAMME_READ)) {
      return Optional.empty();
    }
    if (!subject.isPermitted(Permissions.PROGRAMME_SCORE)) {
      throw new UnauthorizedException("No permission to see applications");
    }
    return Optional.of(
        member()
            .map(m -> new Viewer(m.getId(), m.getCountry().getId()))
            .orElse(new Viewer(null, null)));
  }

  /** Refuses an application the signed-in user may not see. */
  public void check(Application application) {
    if (restriction().isEmpty()) {
      return;
    }
    CommitteeMember member =
        member().orElseThrow(() -> new UnauthorizedException("Not a committee member"));
    if (!BEFORE_COMMITTEE.contains(application.getStatus())) {
      throw new UnauthorizedException("Not before the committee");
    }
    Recusals recusals = new Recusals(application.getCountry().getIsoCode());
    em.createQuery(
            "select c.reason from ConflictDeclaration c"
                + " where c.application = :application and c.member = :member",
            String.class)
        .setParameter("application", application)
        .setParameter("member", member)
        .getResultList()
        .forEach(reason -> recusals.declare(member.rules(), reason));
    if (recusals.isRecused(member.rules())) {
      throw new UnauthorizedException("Recused from this application");
    }
  }

  private Optional<CommitteeMember> member() {
    return em.createQuery(
            "select m from CommitteeMember m join fetch m.country where m.username = :name",
            CommitteeMember.class)
        .setParameter("name", CurrentUser.username())
        .getResultStream()
        .findFirst();
  }
}
