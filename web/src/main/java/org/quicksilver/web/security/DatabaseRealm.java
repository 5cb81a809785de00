package org.quicksilver.web.security;

import jakarta.enterprise.inject.spi.CDI;
import java.util.UUID;
import org.apache.shiro.authc.AuthenticationException;
import org.apache.shiro.authc.AuthenticationInfo;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.authc.SimpleAuthenticationInfo;
import org.apache.shiro.authc.UsernamePasswordToken;
import org.apache.shiro.authc.credential.PasswordService;
import org.apache.shiro.authz.AuthorizationInfo;
import org.apache.shiro.authz.SimpleAuthorizationInfo;
import org.apache.shiro.realm.AuthorizingRealm;
import org.apache.shiro.subject.PrincipalCollection;
import org.quicksilver.security.Authorities;
import org.quicksilver.security.StoredCredentials;
import org.quicksilver.security.UserDirectory;

/**
 * Accounts, roles and permissions from the database. An unknown user, an inactive one and a wrong
 * password all fail the same way, after the same slow hash comparison: the log-in page cannot be
 * used to find out which user names exist.
 */
public class DatabaseRealm extends AuthorizingRealm {
  private PasswordService passwordService;
  private volatile String decoyHash;

  public void setPasswordService(PasswordService passwordService) {
    this.passwordService = passwordService;
  }

  @Override
  public boolean supports(AuthenticationToken token) {
    return token instanceof UsernamePasswordToken;
  }

  @Override
  protected AuthenticationInfo doGetAuthenticationInfo(AuthenticationToken token)
      throws AuthenticationException {
    String username = ((UsernamePasswordToken) token).getUsername();
    String hash =
        username == null
            ? decoy()
            : directory()
                .credentials(username.trim())
                .filter(StoredCredentials::active)
                .map(StoredCredentials::passwordHash)
                .orElseGet(this::decoy);
    return new SimpleAuthenticationInfo(username == null ? "" : username.trim(), hash, getName());
  }

  @Override
  protected AuthorizationInfo doGetAuthorizationInfo(PrincipalCollection principals) {
    Authorities authorities = directory().authorities((String) getAvailablePrincipal(principals));
    var info = new SimpleAuthorizationInfo(authorities.roles());
    info.setStringPermissions(authorities.permissions());
    return info;
  }

  /** A hash of a random password nobody knows: comparing against it costs what a real one does. */
  private String decoy() {
    if (decoyHash == null) {
      decoyHash = passwordService.encryptPassword(UUID.randomUUID().toString());
    }
    return decoyHash;
  }

  private static UserDirectory directory() {
    return CDI.current().select(UserDirectory.class).get();
  }
}
