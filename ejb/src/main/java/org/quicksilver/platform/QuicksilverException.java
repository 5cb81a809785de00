package org.quicksilver.platform;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import java.util.Arrays;

/**
 * A business rule said no. Carries a message key (translated by the web layer) and its arguments,
 * never a text: the same refusal reads in English, French or Spanish.
 */
@ApplicationException(rollback = true, inherited = true)
public class QuicksilverException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final Serializable[] arguments;

  public QuicksilverException(String messageKey, Serializable... arguments) {
    super(messageKey + Arrays.toString(arguments));
    this.messageKey = messageKey;
    this.arguments = arguments.clone();
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments.clone();
  }
}
