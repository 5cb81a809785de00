package org.quicksilver.platform.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One transaction that changed audited records: when and by whom. */
@Entity
@Table(name = "revinfo")
@RevisionEntity(AuditRevisionListener.class)
public class AuditRevision {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  @Column(name = "rev")
  private Long id;

  @RevisionTimestamp
  @Column(name = "revtstmp", nullable = false)
  private long timestamp;

  @Column(nullable = false, length = 60)
  private String username;

  protected AuditRevision() {}

  public Long getId() {
    return id;
  }

  public Instant at() {
    return Instant.ofEpochMilli(timestamp);
  }

  public String username() {
    return username;
  }

  void recordAuthor(String username) {
    this.username = username;
  }
}
