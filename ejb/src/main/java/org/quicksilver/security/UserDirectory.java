package org.quicksilver.security;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import org.apache.shiro.SecurityUtils;
import org.apache.shiro.authz.annotation.RequiresAuthentication;

/**
 * The accounts as the log-in and the signed-in user see them. The two look-ups used by the realm
 * run before anyone is signed in; everything else acts only on the caller's own account.
 */
@Stateless
public class UserDirectory {
  @PersistenceContext private EntityManager em;

  public Optional<StoredCredentials> credentials(String username) {
    return em.createQuery(
            "select new org.quicksilver.security.StoredCredentials(u.username, u.passwordHash,"
                + " u.active) from UserAccount u where u.username = :username",
            StoredCredentials.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  public Authorities authorities(String username) {
    List<String> roles =
        em.createQuery(
                "select r from UserAccount u join u.roles r where u.username = :username",
                String.class)
            .setParameter("username", username)
            .getResultList();
    List<?> permissions =
        roles.isEmpty()
            ? List.of()
            : em.createNativeQuery(
                    "select distinct permission from role_permission where role_code in (:roles)")
                .setParameter("roles", roles)
                .getResultList();
    var names = new HashSet<String>();
    permissions.forEach(p -> names.add(p.toString()));
    return new Authorities(new HashSet<>(roles), names);
  }

  @RequiresAuthentication
  public UserProfile me() {
    UserAccount me = current();
    return new UserProfile(me.getUsername(), me.getDisplayName(), me.getLanguage());
  }

  /** Remembers the language the signed-in user chose, for their next visit. */
  @RequiresAuthentication
  public void speak(@NotNull Language language) {
    current().speak(language);
  }

  private UserAccount current() {
    String username = (String) SecurityUtils.getSubject().getPrincipal();
    return em.createQuery(
            "select u from UserAccount u where u.username = :username", UserAccount.class)
        .setParameter("username", username)
        .getSingleResult();
  }
}
