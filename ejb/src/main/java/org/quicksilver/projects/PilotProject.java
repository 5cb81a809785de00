package org.quicksilver.projects;

import jakarta.persistence.CascadeType;
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
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.projects.rules.PilotProjectProgress;
import org.quicksilver.projects.rules.PilotProjectStatus;
import org.quicksilver.reference.Country;
import org.quicksilver.reference.Organisation;

/**
 * A national pilot project of a project: a country, an implementing partner, a budget, milestones,
 * status, results and lessons learned. Its status moves and milestones are checked by {@link
 * PilotProjectProgress}, replayed from what is stored.
 */
@Entity
@Table(name = "pilot_project")
public class PilotProject {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", updatable = false)
  private Project project;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "country_id")
  private Country country;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "partner_id")
  private Organisation partner;

  @Column(nullable = false)
  private String title;

  @Column(name = "budget_usd", nullable = false, precision = 19, scale = 2)
  private BigDecimal budgetUsd;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private PilotProjectStatus status = PilotProjectStatus.NOT_STARTED;

  @Column(name = "status_reason")
  private String statusReason;

  private String results;

  @Column(name = "lessons_learned")
  private String lessonsLearned;

  @Column(nullable = false)
  private boolean illustrative;

  @OneToMany(mappedBy = "pilot", cascade = CascadeType.PERSIST)
  @OrderBy("dueOn, id")
  private List<PilotMilestone> milestones = new ArrayList<>();

  @Version private long version;

  protected PilotProject() {}

  public PilotProject(
      Project project, Country country, Organisation partner, String title, BigDecimal budgetUsd) {
    new PilotProjectProgress(title);
    if (budgetUsd.signum() < 0) {
      throw new InvalidInputException("projects.amount.negative", budgetUsd);
    }
    this.project = project;
    this.country = country;
    this.partner = partner;
    this.title = title.strip();
    this.budgetUsd = budgetUsd;
  }

  public PilotMilestone planMilestone(String title, LocalDate due) {
    var rule = replay(LocalDate.MAX);
    var planned = rule.planMilestone(title, due);
    var milestone = new PilotMilestone(this, planned.title(), planned.due());
    milestones.add(milestone);
    return milestone;
  }

  public void completeMilestone(PilotMilestone milestone, LocalDate on, LocalDate today) {
    if (!java.util.Objects.equals(milestone.getPilot().getId(), id)) {
      throw new InvalidInputException("projects.milestone.unknown", title, milestone.getTitle());
    }
    var rule = replay(today);
    var completed = rule.completeMilestone(milestone.getTitle(), on, today);
    milestone.completedOn(completed.completedOn().orElseThrow());
  }

  public void start() {
    var rule = replay(LocalDate.MAX);
    rule.start();
    take(rule);
  }

  public void suspend(String reason) {
    var rule = replay(LocalDate.MAX);
    rule.suspend(reason);
    take(rule);
  }

  public void resume() {
    var rule = replay(LocalDate.MAX);
    rule.resume();
    take(rule);
  }

  public void complete() {
    var rule = replay(LocalDate.MAX);
    rule.complete();
    take(rule);
  }

  public void cancel(String reason) {
    var rule = replay(LocalDate.MAX);
    rule.cancel(reason);
    take(rule);
  }

  /** Results and lessons learned can be written until, and after, the pilot ends. */
  public void report(String results, String lessonsLearned) {
    this.results = results == null || results.isBlank() ? null : results.strip();
    this.lessonsLearned =
        lessonsLearned == null || lessonsLearned.isBlank() ? null : lessonsLearned.strip();
  }

  /**
   * The rule in the stored state. Final pilots need no replay of their milestones: the rule refuses
   * every change to them from their status alone.
   */
  PilotProjectProgress replay(LocalDate today) {
    var rule = new PilotProjectProgress(title);
    for (PilotMilestone milestone : milestones) {
      rule.planMilestone(milestone.getTitle(), milestone.getDueOn());
      if (milestone.getCompletedOn() != null) {
        rule.completeMilestone(
            milestone.getTitle(), milestone.getCompletedOn(), milestone.getCompletedOn());
      }
    }
    switch (status) {
      case NOT_STARTED -> {}
      case ONGOING -> rule.start();
      case SUSPENDED -> {
        rule.start();
        rule.suspend(statusReason);
      }
      case COMPLETED -> {
        rule.start();
        rule.complete();
      }
      case CANCELLED -> rule.cancel(statusReason);
    }
    return rule;
  }

  private void take(PilotProjectProgress rule) {
    this.status = rule.getStatus();
    this.statusReason = rule.getReason().orElse(null);
  }

  public Long getId() {
    return id;
  }

  public String getTitle() {
    return title;
  }

  public PilotProjectStatus getStatus() {
    return status;
  }

  public List<PilotMilestone> getMilestones() {
    return List.copyOf(milestones);
  }

  public long getVersion() {
    return version;
  }
}
