package org.quicksilver.reports;

/** A report could not be filled or exported. */
public class ReportRenderingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ReportRenderingException(String message, Throwable cause) {
    super(message, cause);
  }

  public ReportRenderingException(String message) {
    super(message);
  }
}
