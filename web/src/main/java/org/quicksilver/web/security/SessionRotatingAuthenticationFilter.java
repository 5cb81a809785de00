package org.quicksilver.web.security;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import org.apache.shiro.authc.AuthenticationToken;
import org.apache.shiro.subject.Subject;
import org.apache.shiro.web.filter.authc.FormAuthenticationFilter;

/**
 * The form log-in, with a new session id once the user is known, so that an id planted or seen
 * before log-in (session fixation) is worthless afterwards. Shiro does not rotate it on WildFly.
 */
public class SessionRotatingAuthenticationFilter extends FormAuthenticationFilter {
  @Override
  protected boolean onLoginSuccess(
      AuthenticationToken token, Subject subject, ServletRequest request, ServletResponse response)
      throws Exception {
    HttpServletRequest http = (HttpServletRequest) request;
    if (http.getSession(false) != null) {
      http.changeSessionId();
    }
    return super.onLoginSuccess(token, subject, request, response);
  }
}
