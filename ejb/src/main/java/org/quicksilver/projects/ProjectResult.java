package org.quicksilver.projects;

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
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.programme.ResultLevel;

/** An outcome of a project's logical framework, or an output that serves one of its outcomes. */
@Entity
@Table(name = "project_result")
public class ProjectResult {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", updatable = false)
  private Project project;

  @Enumerated(EnumType.STRING)
  @Column(name = "result_level", nullable = false, updatable = false)
  private ResultLevel level;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "parent_id", updatable = false)
  private ProjectResult parent;

  @Column(nullable = false)
  private String code;

  @Column(nullable = false)
  private String description;

  @Column(nullable = false)
  private int position;

  protected ProjectResult() {}

  private ProjectResult(
      Project project,
      ResultLevel level,
      ProjectResult parent,
      String code,
      String description,
      int position) {
    this.project = project;
    this.level = level;
    this.parent = parent;
    this.code = code;
    this.description = description;
    this.position = position;
  }

  public static ProjectResult outcome(
      Project project, String code, String description, int position) {
    return new ProjectResult(project, ResultLevel.OUTCOME, null, code, description, position);
  }

  /** An output serves an outcome of the same project. */
  public static ProjectResult output(
      ProjectResult outcome, String code, String description, int position) {
    if (outcome.level != ResultLevel.OUTCOME) {
      throw new InvalidInputException("projects.result.parentNotOutcome", outcome.code);
    }
    return new ProjectResult(
        outcome.project, ResultLevel.OUTPUT, outcome, code, description, position);
  }

  public Long getId() {
    return id;
  }

  public Project getProject() {
    return project;
  }

  public ResultLevel getLevel() {
    return level;
  }

  public String getCode() {
    return code;
  }

  public boolean isOutput() {
    return level == ResultLevel.OUTPUT;
  }
}
