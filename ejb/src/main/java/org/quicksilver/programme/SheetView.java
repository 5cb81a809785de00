package org.quicksilver.programme;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.quicksilver.programme.rules.SheetStatus;

/**
 * A member's own score sheet for one application.
 *
 * @param status empty (null) until the member first saves
 * @param version what the member saw, to refuse a save over a newer one; null before the first save
 * @param editable a draft of an application still under review
 */
public record SheetView(
    ApplicationSummary application,
    List<CriterionLine> criteria,
    String comment,
    SheetStatus status,
    Instant submittedAt,
    Long version,
    boolean editable)
    implements Serializable {

  public boolean isSubmitted() {
    return status == SheetStatus.SUBMITTED;
  }
}
