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
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.programme.rules.ReportKind;

/** A progress, financial or final report a grant owes, by a due date: received, then accepted. */
@Entity
@Table(name = "grant_report")
public class GrantReport {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "grant_id", updatable = false)
  private Grant grant;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ReportKind kind;

  @Column(nullable = false)
  private String reference;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "received_on")
  private LocalDate receivedOn;

  @Column(name = "accepted_on")
  private LocalDate acceptedOn;

  @Version private long version;

  protected GrantReport() {}

  public GrantReport(Grant grant, ReportKind kind, String reference, LocalDate dueOn) {
    this.grant = grant;
    this.kind = kind;
    this.reference = reference;
    this.dueOn = dueOn;
  }

  public void receive(LocalDate on) {
    if (receivedOn != null) {
      throw new InvalidInputException("programme.report.alreadyReceived", reference);
    }
    this.receivedOn = on;
  }

  public void accept(LocalDate on) {
    if (receivedOn == null) {
      throw new InvalidInputException("programme.report.notReceived", reference);
    }
    if (acceptedOn != null) {
      throw new InvalidInputException("programme.report.alreadyAccepted", reference);
    }
    this.acceptedOn = on;
  }

  /** Overdue from the day after it was due, until it is received. */
  public boolean isOverdue(LocalDate today) {
    return receivedOn == null && today.isAfter(dueOn);
  }

  public boolean isAccepted() {
    return acceptedOn != null;
  }

  public Long getId() {
    return id;
  }

  public Grant getGrant() {
    return grant;
  }

  public ReportKind getKind() {
    return kind;
  }

  public String getReference() {
    return reference;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getReceivedOn() {
    return receivedOn;
  }

  public LocalDate getAcceptedOn() {
    return acceptedOn;
  }

  public long getVersion() {
    return version;
  }
}
