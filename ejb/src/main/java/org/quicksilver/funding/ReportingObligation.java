package org.quicksilver.funding;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.quicksilver.platform.InvalidInputException;

/** A report a donor's agreement asks the secretariat for, by a due date. */
@Entity
@Audited
@Table(name = "reporting_obligation")
public class ReportingObligation {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pledge_id", updatable = false)
  private Pledge pledge;

  @Column(nullable = false)
  private String description;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "submitted_on")
  private LocalDate submittedOn;

  @Version private long version;

  protected ReportingObligation() {}

  public ReportingObligation(Pledge pledge, String description, LocalDate dueOn) {
    if (description == null || description.isBlank()) {
      throw new InvalidInputException("funding.obligation.descriptionRequired");
    }
    this.pledge = pledge;
    this.description = description.strip();
    this.dueOn = dueOn;
  }

  /** The report was sent to the donor; it cannot be sent before the obligation existed. */
  public void markSubmitted(LocalDate on, LocalDate today) {
    if (submittedOn != null) {
      throw new InvalidInputException("funding.obligation.alreadySubmitted");
    }
    if (on.isAfter(today)) {
      throw new InvalidInputException("funding.obligation.submittedInFuture");
    }
    this.submittedOn = on;
  }

  public Long getId() {
    return id;
  }

  public Pledge getPledge() {
    return pledge;
  }

  public LocalDate getSubmittedOn() {
    return submittedOn;
  }

  public long getVersion() {
    return version;
  }
}
