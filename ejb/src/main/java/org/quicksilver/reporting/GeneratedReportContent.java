package org.quicksilver.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;

/** The bytes of a generated report, kept in the database so that every node serves them. */
@Entity
@Immutable
@Table(name = "generated_report_content")
public class GeneratedReportContent {
  @Id
  @Column(name = "report_id")
  private Long reportId;

  @Column(nullable = false)
  private byte[] content;

  protected GeneratedReportContent() {}

  GeneratedReportContent(Long reportId, byte[] content) {
    this.reportId = reportId;
    this.content = content.clone();
  }

  byte[] content() {
    return content.clone();
  }
}
