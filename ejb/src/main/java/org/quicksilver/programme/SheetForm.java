package org.quicksilver.programme;

import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * What a member enters on their sheet: a score and a comment per criterion (by criterion id), an
 * overall comment, and the version of the sheet they started from.
 */
public class SheetForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Map<Long, Integer> scores = new HashMap<>();
  private Map<Long, String> comments = new HashMap<>();

  @Size(max = 2000)
  private String comment;

  private Long version;

  /** A form filled from the sheet as last saved. */
  public static SheetForm of(SheetView sheet) {
    SheetForm form = new SheetForm();
    for (CriterionLine line : sheet.criteria()) {
      form.scores.put(line.id(), line.score());
      form.comments.put(line.id(), line.comment());
    }
    form.comment = sheet.comment();
    form.version = sheet.version();
    return form;
  }

  public Map<Long, Integer> getScores() {
    return scores;
  }

  public void setScores(Map<Long, Integer> scores) {
    this.scores = scores;
  }

  public Map<Long, String> getComments() {
    return comments;
  }

  public void setComments(Map<Long, String> comments) {
    this.comments = comments;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }

  public Long getVersion() {
    return version;
  }

  public void setVersion(Long version) {
    this.version = version;
  }
}
