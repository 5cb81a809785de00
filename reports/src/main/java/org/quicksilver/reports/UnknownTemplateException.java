package org.quicksilver.reports;

/** No compiled template of that name is on the class path (or the name is not a valid one). */
public class UnknownTemplateException extends ReportRenderingException {

  private static final long serialVersionUID = 1L;

  public UnknownTemplateException(String message) {
    super(message);
  }
}
