package org.quicksilver.platform;

import java.io.Serializable;

/** Input that is well-formed but breaks a domain rule (e.g. a Party without a date). */
public class InvalidInputException extends QuicksilverException {
  private static final long serialVersionUID = 1L;

  public InvalidInputException(String messageKey, Serializable... arguments) {
    super(messageKey, arguments);
  }
}
