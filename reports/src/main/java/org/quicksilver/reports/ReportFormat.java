package org.quicksilver.reports;

/** The file formats a report can be rendered to, with what an HTTP download needs to know. */
public enum ReportFormat {
  PDF("application/pdf", "pdf"),
  XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

  private final String contentType;
  private final String fileExtension;

  ReportFormat(String contentType, String fileExtension) {
    this.contentType = contentType;
    this.fileExtension = fileExtension;
  }

  /** The MIME type, e.g. {@code application/pdf}. */
  public String contentType() {
    return contentType;
  }

  /** The file name extension without the dot, e.g. {@code pdf}. */
  public String fileExtension() {
    return fileExtension;
  }
}
