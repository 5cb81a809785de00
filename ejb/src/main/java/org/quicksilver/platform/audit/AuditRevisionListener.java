package org.quicksilver.platform.audit;

import org.apache.shiro.SecurityUtils;
import org.apache.shiro.UnavailableSecurityManagerException;
import org.apache.shiro.subject.Subject;
import org.hibernate.envers.RevisionListener;

/**
 * Writes the signed-in user on each revision. Changes made with no one signed in (the first
 * administrator created at start-up, data generators) are written as {@value #SYSTEM}.
 */
public class AuditRevisionListener implements RevisionListener {
  public static final String SYSTEM = "system";

  @Override
  public void newRevision(Object revisionEntity) {
    ((AuditRevision) revisionEntity).recordAuthor(currentUsername());
  }

  private static String currentUsername() {
    try {
      Subject subject = SecurityUtils.getSubject();
      Object principal = subject.getPrincipal();
      return principal == null ? SYSTEM : principal.toString();
    } catch (UnavailableSecurityManagerException noShiroOnThisThread) {
      return SYSTEM;
    }
  }
}
