package org.quicksilver.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authz.AuthorizationException;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.quicksilver.platform.DuplicateRecordException;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.platform.PageQuery;
import org.quicksilver.security.PasswordHasher;
import org.quicksilver.security.UserAdministration;
import org.quicksilver.security.UserData;
import org.quicksilver.security.UserDirectory;

/** Administrators manage accounts; nobody can lock the administrators out. */
@ExtendWith(ArquillianExtension.class)
class UserAdministrationIT {
  @Deployment
  static EnterpriseArchive deployment() {
    return Deployments.withTests(UserAdministrationIT.class);
  }

  @Inject UserAdministration users;
  @Inject UserDirectory directory;
  @Inject PasswordHasher hasher;

  @Test
  void anAdministratorCreatesAnAccountWhosePasswordIsStoredAsASlowHash() throws Exception {
    UserData data = account("olga.officer", "finance_officer");
    As.user("admin", () -> users.create(data));
    String hash = directory.credentials("olga.officer").orElseThrow().passwordHash();
    assertTrue(hash.startsWith("$shiro2$argon2id$"), hash);
    assertTrue(hasher.matches("a long enough password", hash));
    List<UserData> found =
        As.user("admin", () -> users.list(PageQuery.firstPage(5).filteredBy("username", "olga")));
    assertEquals(List.of("finance_officer"), found.get(0).getRoles());
    assertThrows(
        DuplicateRecordException.class,
        () -> As.user("admin", () -> users.create(account("olga.officer", "donor_viewer"))));
  }

  @Test
  void onlyAdministratorsManageAccounts() {
    assertThrows(
        AuthorizationException.class, () -> As.user("finance", () -> users.count(Map.of())));
    assertThrows(
        AuthorizationException.class,
        () -> As.user("programme", () -> users.create(account("sneaky", "administrator"))));
  }

  @Test
  void anUnknownRoleIsRefused() {
    assertThrows(
        InvalidInputException.class,
        () -> As.user("admin", () -> users.create(account("rolf", "superuser"))));
  }

  @Test
  void anAdministratorCannotLockThemselvesOut() throws Exception {
    long adminId =
        As.user("admin", () -> users.list(PageQuery.firstPage(5).filteredBy("username", "admin")))
            .stream()
            .filter(u -> u.getUsername().equals("admin"))
            .findFirst()
            .orElseThrow()
            .getId();
    UserData me = As.user("admin", () -> users.get(adminId));
    me.setActive(false);
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> As.user("admin", () -> users.update(me)));
    assertEquals("users.cannotLockYourselfOut", refused.messageKey());
    assertTrue(As.user("admin", () -> users.get(adminId)).isActive());
  }

  @Test
  void aDeactivatedAccountCanNoLongerSignIn() throws Exception {
    long id = As.user("admin", () -> users.create(account("temp.member", "committee_member")));
    assertTrue(As.user("temp.member", "a long enough password", () -> true));
    UserData temp = As.user("admin", () -> users.get(id));
    temp.setActive(false);
    As.user("admin", () -> users.update(temp));
    assertFalse(directory.credentials("temp.member").orElseThrow().active());
    assertThrows(
        AuthenticationException.class,
        () -> As.user("temp.member", "a long enough password", () -> true));
  }

  private static UserData account(String username, String role) {
    UserData data = new UserData();
    data.setUsername(username);
    data.setDisplayName("Test " + username);
    data.setRoles(List.of(role));
    data.setNewPassword("a long enough password");
    return data;
  }
}
