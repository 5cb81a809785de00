package org.quicksilver.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.Immutable;
import org.quicksilver.programme.rules.ApplicationStatus;

/** One step of an application's history: from which status to which, who, when and why. */
@Entity
@Immutable
@Table(name = "application_event")
public class ApplicationEvent {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id")
  private Application application;

  @Enumerated(EnumType.STRING)
  @Column(name = "from_status")
  private ApplicationStatus from;

  @Enumerated(EnumType.STRING)
  @Column(name = "to_status", nullable = false)
  private ApplicationStatus to;

  private String reason;

  @Column(name = "happened_at", nullable = false)
  private Instant at;

  @Column(name = "done_by", nullable = false)
  private String by;

  protected ApplicationEvent() {}

  ApplicationEvent(
      Application application,
      ApplicationStatus from,
      ApplicationStatus to,
      String reason,
      String by,
      Instant at) {
    this.application = application;
    this.from = from;
    this.to = to;
    this.reason = reason == null || reason.isBlank() ? null : reason.strip();
    this.by = by;
    this.at = at;
  }

  /** The first line of every history: the application was received. */
  public static ApplicationEvent received(Application application, String by, Instant at) {
    return new ApplicationEvent(
        application, null, ApplicationStatus.RECEIVED, application.getLateReason(), by, at);
  }

  public Long getId() {
    return id;
  }

  public ApplicationStatus getTo() {
    return to;
  }
}
