package org.quicksilver.platform;

/** Someone else saved the record after this user loaded it: nothing is overwritten. */
public class ConcurrentChangeException extends QuicksilverException {
  private static final long serialVersionUID = 1L;

  public ConcurrentChangeException() {
    super("error.concurrentChange");
  }
}
