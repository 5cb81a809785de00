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

/** An outcome or output of an application's logical framework, with its indicator. */
@Entity
@Table(name = "application_result")
public class ApplicationResult {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", updatable = false)
  private Application application;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private ResultLevel level;

  @Column(nullable = false)
  private String description;

  private String indicator;

  @Column(nullable = false)
  private int position;

  protected ApplicationResult() {}

  public ApplicationResult(
      Application application,
      ResultLevel level,
      String description,
      String indicator,
      int position) {
    this.application = application;
    this.level = level;
    this.description = description;
    this.indicator = indicator;
    this.position = position;
  }

  public Long getId() {
    return id;
  }

  public ResultLevel getLevel() {
    return level;
  }

  public String getDescription() {
    return description;
  }

  public String getIndicator() {
    return indicator;
  }

  public int getPosition() {
    return position;
  }
}
