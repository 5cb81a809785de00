package org.quicksilver.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.apache.shiro.authc.credential.DefaultPasswordService;
import org.apache.shiro.authc.credential.PasswordService;

/** Hashes passwords the way the log-in checks them (Shiro's password service: Argon2id). */
@ApplicationScoped
public class PasswordHasher {
  private final PasswordService service = new DefaultPasswordService();

  public String hash(String password) {
    return service.encryptPassword(password);
  }

  public boolean matches(String password, String hash) {
    return service.passwordsMatch(password, hash);
  }
}
