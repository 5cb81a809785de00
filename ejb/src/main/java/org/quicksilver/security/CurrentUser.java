package org.quicksilver.security;

import org.apache.shiro.SecurityUtils;

/** The signed-in user's name, as it is written on every posted record. */
public final class CurrentUser {
  private CurrentUser() {}

  public static String username() {
    Object principal = SecurityUtils.getSubject().getPrincipal();
    if (principal == null) {
      throw new org.apache.shiro.authz.UnauthenticatedException("No one is signed in");
    }
    return principal.toString();
  }
}
