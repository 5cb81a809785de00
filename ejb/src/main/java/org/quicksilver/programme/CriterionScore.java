package org.quicksilver.programme;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;

/** A member's score on one criterion, with an optional comment. */
@Embeddable
public class CriterionScore implements Serializable {
  private static final long serialVersionUID = 1L;

  @Column(name = "score_value", nullable = false)
  private int value;

  private String comment;

  protected CriterionScore() {}

  public CriterionScore(int value, String comment) {
    this.value = value;
    this.comment = comment == null || comment.isBlank() ? null : comment.strip();
  }

  public int getValue() {
    return value;
  }

  public String getComment() {
    return comment;
  }
}
