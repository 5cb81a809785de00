package org.quicksilver.programme;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.programme.rules.SheetStatus;

/**
 * One member's scores for one application, criterion by criterion: a draft until submitted, then
 * final (others may have read it since).
 */
@Entity
@Table(name = "score_sheet")
public class ScoreSheet {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "member_id", updatable = false)
  private CommitteeMember member;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", updatable = false)
  private Application application;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private SheetStatus status = SheetStatus.DRAFT;

  private String comment;

  @Column(name = "submitted_at")
  private Instant submittedAt;

  /** Scores by criterion id. */
  @ElementCollection
  @CollectionTable(name = "score", joinColumns = @JoinColumn(name = "sheet_id"))
  @MapKeyColumn(name = "criterion_id")
  private Map<Long, CriterionScore> scores = new HashMap<>();

  @Version private long version;

  protected ScoreSheet() {}

  public ScoreSheet(CommitteeMember member, Application application) {
    this.member = member;
    this.application = application;
  }

  /** Scores one criterion on its scale; a submitted sheet is refused. */
  public void score(EvaluationCriterion criterion, int value, String comment) {
    checkDraft();
    if (value < criterion.getScaleMin() || value > criterion.getScaleMax()) {
      throw new InvalidInputException(
          "programme.scoring.outOfScale",
          criterion.getCode(),
          value,
          criterion.getScaleMin(),
          criterion.getScaleMax());
    }
    scores.put(criterion.getId(), new CriterionScore(value, comment));
  }

  /** Takes back a criterion's score while the sheet is a draft. */
  public void clear(EvaluationCriterion criterion) {
    checkDraft();
    scores.remove(criterion.getId());
  }

  public void comment(String comment) {
    checkDraft();
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  /** Submits once every criterion of the round has a score, naming those still missing. */
  public void submit(List<EvaluationCriterion> criteria, Instant at) {
    checkDraft();
    List<String> missing =
        criteria.stream()
            .filter(c -> !scores.containsKey(c.getId()))
            .map(EvaluationCriterion::getCode)
            .toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException("programme.scoring.incomplete", String.join(", ", missing));
    }
    status = SheetStatus.SUBMITTED;
    submittedAt = at;
  }

  private void checkDraft() {
    if (status == SheetStatus.SUBMITTED) {
      throw new InvalidInputException("programme.scoring.sheetSubmitted", member.getUsername());
    }
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

  public SheetStatus getStatus() {
    return status;
  }

  public boolean isSubmitted() {
    return status == SheetStatus.SUBMITTED;
  }

  public String getComment() {
    return comment;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }

  public Map<Long, CriterionScore> getScores() {
    return Collections.unmodifiableMap(scores);
  }

  public long getVersion() {
    return version;
  }
}
