package org.quicksilver.web.platform;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link RefusalMessagesExceptionHandler} around the handler it wraps. */
public class RefusalMessagesExceptionHandlerFactory extends ExceptionHandlerFactory {
  public RefusalMessagesExceptionHandlerFactory(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new RefusalMessagesExceptionHandler(getWrapped().getExceptionHandler());
  }
}
