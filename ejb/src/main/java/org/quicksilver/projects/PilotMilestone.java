package org.quicksilver.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A step a pilot project promised by a date (table milestone). Planned and completed only through
 * its {@link PilotProject}, which checks the rules ({@link
 * org.quicksilver.projects.rules.Milestone}).
 */
@Entity
@Table(name = "milestone")
public class PilotMilestone {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "pilot_id", updatable = false)
  private PilotProject pilot;

  @Column(nullable = false)
  private String title;

  @Column(name = "due_on", nullable = false)
  private LocalDate dueOn;

  @Column(name = "completed_on")
  private LocalDate completedOn;

  protected PilotMilestone() {}

  PilotMilestone(PilotProject pilot, String title, LocalDate dueOn) {
    this.pilot = pilot;
    this.title = title;
    this.dueOn = dueOn;
  }

  void completedOn(LocalDate day) {
    this.completedOn = day;
  }

  public Long getId() {
    return id;
  }

  public PilotProject getPilot() {
    return pilot;
  }

  public String getTitle() {
    return title;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public LocalDate getCompletedOn() {
    return completedOn;
  }
}
