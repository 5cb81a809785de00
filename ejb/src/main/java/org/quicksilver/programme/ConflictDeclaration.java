package org.quicksilver.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.quicksilver.platform.InvalidInputException;

/** A member's declared conflict of interest on an application, with the reason, for the record. */
@Entity
@Immutable
@Table(name = "conflict_declaration")
public class ConflictDeclaration {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id")
  private CommitteeMember member;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  @Column(nullable = false)
  private String reason;

  @Column(name = "declared_at", nullable = false)
  private Instant declaredAt;

  protected ConflictDeclaration() {}

  public ConflictDeclaration(
      CommitteeMember member, Application application, String reason, Instant at) {
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("programme.recusal.reasonRequired");
    }
    this.member = member;
    this.application = application;
    this.reason = reason.strip();
    this.declaredAt = at;
  }

  public Long getId() {
    return id;
  }

  public CommitteeMember getMember() {
    return member;
  }

  public Application getApplication() {
    return application;
  }

  public String getReason() {
    return reason;
  }

  public Instant getDeclaredAt() {
    return declaredAt;
  }
}
