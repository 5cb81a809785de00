package org.quicksilver.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Outcome;

/** An application a meeting considers, with the meeting's decision on it if one is recorded. */
public record AgendaItem(
    Long applicationId,
    String reference,
    String countryName,
    String title,
    BigDecimal amountRequested,
    ApplicationStatus status,
    Long decisionId,
    Outcome outcome,
    BigDecimal approvedUsd,
    String conditions,
    String reasons,
    String supersedesMeeting)
    implements Serializable {

  public boolean isDecided() {
    return decisionId != null;
  }
}
