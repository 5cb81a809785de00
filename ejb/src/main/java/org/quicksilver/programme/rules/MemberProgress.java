package org.quicksilver.programme.rules;

import java.util.List;

/**
 * What one member has done with the applications they are asked to score, for the chair.
 *
 * @param submitted references of applications whose sheet is submitted
 * @param inDraft started but not submitted
 * @param notStarted not opened yet
 * @param recused not theirs to score
 */
public record MemberProgress(
    CommitteeMember member,
    List<String> submitted,
    List<String> inDraft,
    List<String> notStarted,
    List<String> recused) {
  /** Done when nothing they may score is left unsubmitted. */
  public boolean isDone() {
    return inDraft.isEmpty() && notStarted.isEmpty();
  }
}
