package org.quicksilver.projects.rules;

import java.util.Objects;
import java.util.Optional;
import org.quicksilver.reference.RegionalGroup;

/**
 * One person's participation in an activity, as the totals need it: where they came from, gender,
 * role and who paid their travel. It deliberately has no name, organisation or contact: counts
 * built from it can go to a donor without disclosing who took part.
 *
 * @param countryCode ISO 3166-1 alpha-2 of the country the participant represents
 * @param travelFunding absent when nobody paid the participant's travel from a fund
 */
public record Participation(
    String countryCode,
    RegionalGroup region,
    Gender gender,
    ParticipantRole role,
    Optional<TravelFunding> travelFunding) {
  public Participation {
    countryCode = CountryCode.valid(countryCode);
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(gender, "gender");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(travelFunding, "travelFunding");
  }

  public boolean isTravelFunded() {
    return travelFunding.isPresent();
  }
}
