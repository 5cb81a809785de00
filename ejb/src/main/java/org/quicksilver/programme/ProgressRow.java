package org.quicksilver.programme;

import java.io.Serializable;
import java.util.List;

/** What one member has done with the round's applications under review, for the chair. */
public record ProgressRow(
    String username,
    String fullName,
    String countryCode,
    MemberRole role,
    List<String> submitted,
    List<String> inDraft,
    List<String> notStarted,
    List<String> recused)
    implements Serializable {

  public boolean isDone() {
    return inDraft.isEmpty() && notStarted.isEmpty();
  }
}
