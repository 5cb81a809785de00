package org.quicksilver.funding;

import java.io.Serializable;
import java.time.LocalDate;

/** A reporting obligation as lists show it, with the pledge and donor it belongs to. */
public record ObligationRow(
    Long id,
    Long pledgeId,
    String pledgeReference,
    Long donorId,
    String donorName,
    String description,
    LocalDate dueOn,
    LocalDate submittedOn,
    long version)
    implements Serializable {

  public ObligationStatus status(LocalDate today) {
    return ObligationStatus.of(dueOn, submittedOn, today);
  }
}
