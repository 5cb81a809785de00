package org.quicksilver.projects;

import java.io.Serializable;
import org.quicksilver.projects.rules.Gender;
import org.quicksilver.projects.rules.ParticipantRole;

/** A participant with the name: for the secretariat only, never a donor viewer. */
public record ParticipantRow(
    Long id,
    String fullName,
    String countryName,
    String organisationName,
    Gender gender,
    ParticipantRole role,
    String fundCode,
    String earmarkCode)
    implements Serializable {

  public boolean isTravelFunded() {
    return fundCode != null;
  }
}
