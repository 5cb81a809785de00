package org.quicksilver.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import org.apache.shiro.web.filter.authz.RolesAuthorizationFilter;

/** A signed-in user without the role gets 403 and the forbidden page. */
public class ForbiddingRolesFilter extends RolesAuthorizationFilter {
  @Override
  protected boolean onAccessDenied(ServletRequest request, ServletResponse response)
      throws IOException {
    return Forbidden.deny(response);
  }
}
