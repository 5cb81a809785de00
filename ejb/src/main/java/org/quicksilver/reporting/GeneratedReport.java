package org.quicksilver.reporting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.hibernate.annotations.Immutable;

/** One generated report in the register: what it was made of, by whom, when, and its hash. */
@Entity
@Immutable
@Table(name = "generated_report")
public class GeneratedReport {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false)
  private String kind;

  @Column(nullable = false)
  private String parameters;

  @Column(nullable = false)
  private String language;

  @Column(nullable = false)
  private String format;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private long sizeBytes;

  @Column(nullable = false)
  private String sha256;

  @Column(name = "data_as_of")
  private LocalDate dataAsOf;

  /** Who may see it again: the permission its kind needs (a donor's own reports aside). */
  @Column(name = "required_permission", nullable = false)
  private String requiredPermission;

  @Column(name = "donor_id")
  private Long donorId;

  @Column(name = "generated_by", nullable = false)
  private String generatedBy;

  @Column(name = "generated_at", nullable = false)
  private Instant generatedAt;

  protected GeneratedReport() {}

  GeneratedReport(
      ReportDescription description, ReportFile file, String sha256, String by, Instant at) {
    this.kind = description.kind();
    this.parameters = description.parameters();
    this.language = description.language();
    this.format = description.format();
    this.dataAsOf = description.dataAsOf();
    this.requiredPermission = description.requiredPermission();
    this.donorId = description.donorId();
    this.fileName = file.fileName();
    this.contentType = file.contentType();
    this.sizeBytes = file.content().length;
    this.sha256 = sha256;
    this.generatedBy = by;
    this.generatedAt = at;
  }

  public Long getId() {
    return id;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public String getSha256() {
    return sha256;
  }

  public String getRequiredPermission() {
    return requiredPermission;
  }

  public Long getDonorId() {
    return donorId;
  }
}
