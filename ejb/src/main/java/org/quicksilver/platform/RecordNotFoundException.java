package org.quicksilver.platform;

import java.io.Serializable;

/** The record asked for does not exist (or is not this user's to see). */
public class RecordNotFoundException extends QuicksilverException {
  private static final long serialVersionUID = 1L;

  public RecordNotFoundException(Serializable id) {
    super("error.notFound", id);
  }
}
