package org.quicksilver.programme;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A committee meeting as the list shows it. */
public record MeetingRow(
    Long id,
    String reference,
    String title,
    String place,
    LocalDate startsOn,
    LocalDate endsOn,
    int quorum,
    Instant closedAt,
    long version)
    implements Serializable {

  public boolean isClosed() {
    return closedAt != null;
  }
}
