package org.quicksilver.platform;

import java.io.Serializable;

/** A record with the same natural key (a code, a name, a bank reference) already exists. */
public class DuplicateRecordException extends QuicksilverException {
  private static final long serialVersionUID = 1L;

  public DuplicateRecordException(String messageKey, Serializable... arguments) {
    super(messageKey, arguments);
  }
}
