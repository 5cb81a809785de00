package org.quicksilver.programme;

import java.io.Serializable;

/**
 * The signed-in member's own sheets on the round's applications under review: counts only, never
 * anyone's scores.
 */
public record MyScoring(long submitted, long inDraft, long notStarted, long recused)
    implements Serializable {

  /**
   * The sheets the member is asked for: every application under review they are not recused from.
   */
  public long expected() {
    return submitted + inDraft + notStarted;
  }
}
