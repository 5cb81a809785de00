package org.quicksilver.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authz.RolesAuthorizationFilter;

/** A signed-in user without the role gets 403 and the forbidden page; others go to log-in. */
public class ForbiddingRolesFilter extends RolesAuthorizationFilter {
  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response)
      throws IOException {
    if (getSubject(request, response).getPrincipal() == null) {
      saveRequestAndRedirectToLogin(request, response);
    } else {
      ((HttpServletResponse) response).sendError(HttpServletResponse.SC_FORBIDDEN);
    }
    return false;
  }
}
