package org.quicksilver.web.platform;

import jakarta.faces.FacesException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import org.apache.shiro.authz.AuthorizationException;
import org.quicksilver.platform.QuicksilverException;

/**
 * Turns a business refusal (a duplicate code, a stale save, a rule) or a refused permission into a
 * translated message on the same page, with nothing saved; everything else goes on to the error
 * page, which never shows a stack trace.
 */
public class RefusalMessagesExceptionHandler extends ExceptionHandlerWrapper {
  public RefusalMessagesExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Throwable failure = events.next().getContext().getException();
      QuicksilverException refusal = find(failure, QuicksilverException.class);
      AuthorizationException denied = find(failure, AuthorizationException.class);
      if (refusal != null) {
        Texts.error(refusal.messageKey(), refusal.arguments());
      } else if (denied != null) {
        Texts.error("error.forbidden");
      } else {
        continue;
      }
      faces.validationFailed();
      faces.renderResponse();
      events.remove();
    }
    getWrapped().handle();
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
      if (!(t instanceof FacesException) && t.getCause() == t) {
        break;
      }
    }
    return null;
  }
}
