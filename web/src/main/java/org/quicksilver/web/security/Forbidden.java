package org.quicksilver.web.security;

import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * What the authorisation filters answer: 403 and the forbidden page. They always follow authc in
 * shiro.ini, so whoever reaches them is signed in; strangers were sent to the log-in page.
 */
final class Forbidden {
  private Forbidden() {}

  static boolean deny(ServletResponse response) throws IOException {
    ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
    return false;
  }
}
