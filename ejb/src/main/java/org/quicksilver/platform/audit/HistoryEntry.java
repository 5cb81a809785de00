package org.quicksilver.platform.audit;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/** One revision of a record: who, when, what kind of change, and the fields that changed. */
public record HistoryEntry(
    long revision, Instant at, String username, ChangeKind kind, List<FieldChange> changes)
    implements Serializable {

  /** Envers' revision types, named for people. */
  public enum ChangeKind {
    CREATED,
    CHANGED,
    DELETED
  }
}
