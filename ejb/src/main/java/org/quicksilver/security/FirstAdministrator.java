package org.quicksilver.security;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.logging.Logger;
import org.quicksilver.platform.Settings;

/**
 * Outside demo mode no account has a known password: the first administrator's comes from the
 * environment (QUICKSILVER_ADMIN_PASSWORD), once, when the database has no administrator yet.
 */
@Startup
@Singleton
@DependsOn("DatabaseMigrator")
public class FirstAdministrator {
  private static final Logger LOG = Logger.getLogger(FirstAdministrator.class.getName());

  @PersistenceContext private EntityManager em;
  @Inject private Settings settings;
  @Inject private PasswordHasher hasher;

  @PostConstruct
  void ensureOne() {
    long administrators =
        em.createQuery(
                "select count(u) from UserAccount u join u.roles r where r = :role", Long.class)
            .setParameter("role", Roles.ADMINISTRATOR)
            .getSingleResult();
    if (administrators > 0) {
      return;
    }
    settings
        .initialAdminPassword()
        .ifPresentOrElse(
            password -> {
              var admin = new UserAccount("admin", "Administrator", hasher.hash(password));
              admin.grant(Roles.ADMINISTRATOR);
              em.persist(admin);
              LOG.info("Created the first administrator, 'admin', with the password given.");
            },
            () ->
                LOG.warning(
                    "No administrator exists. Set QUICKSILVER_ADMIN_PASSWORD and restart to"
                        + " create the account 'admin'."));
  }
}
