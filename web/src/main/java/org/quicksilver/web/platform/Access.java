package org.quicksilver.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.apache.shiro.SecurityUtils;

/**
 * What the signed-in user may do, for pages to show only what they can use. A convenience: the
 * services check the same permissions and are the real gate.
 */
@Named
@ApplicationScoped
public class Access {
  public boolean permitted(String permission) {
    return SecurityUtils.getSubject().isPermitted(permission);
  }

  public boolean role(String role) {
    return SecurityUtils.getSubject().hasRole(role);
  }
}
