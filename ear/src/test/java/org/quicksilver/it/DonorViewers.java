package org.quicksilver.it;

import jakarta.persistence.EntityManager;
import jakarta.transaction.UserTransaction;
import java.util.List;
import org.quicksilver.security.UserAccount;
import org.quicksilver.security.UserAdministration;
import org.quicksilver.security.UserData;

/**
 * Donor viewer accounts made for a test, tied to the donor it names (or to none), with the demo
 * password so a test can sign in as them through the realm or the log-in page.
 */
final class DonorViewers {
  private DonorViewers() {}

  /** A new donor viewer tied to {@code donorId} (none when null); its username. */
  static String create(UserAdministration users, EntityManager em, UserTransaction tx, Long donorId)
      throws Exception {
    String username = "it-dv" + Long.toString(System.nanoTime(), 36);
    UserData account = new UserData();
    account.setUsername(username);
    account.setDisplayName("Donor viewer " + username);
    account.setRoles(List.of("donor_viewer"));
    account.setNewPassword(As.DEMO_PASSWORD);
    As.user("admin", () -> users.create(account));
    if (donorId != null) {
      tx.begin();
      em.joinTransaction();
      em.createQuery("select u from UserAccount u where u.username = :name", UserAccount.class)
          .setParameter("name", username)
          .getSingleResult()
          .tieToDonor(donorId);
      tx.commit();
    }
    return username;
  }
}
