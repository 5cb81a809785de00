package org.quicksilver.web.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.quicksilver.reference.ConventionStatus;
import org.quicksilver.reference.OrganisationKind;
import org.quicksilver.reference.RegionalGroup;
import org.quicksilver.reference.SipEligibility;

/** The values of the domain's enumerations, for drop-downs and filters. */
@Named
@ApplicationScoped
public class Enums {
  public RegionalGroup[] getRegionalGroups() {
    return RegionalGroup.values();
  }

  public ConventionStatus[] getConventionStatuses() {
    return ConventionStatus.values();
  }

  public SipEligibility[] getSipEligibilities() {
    return SipEligibility.values();
  }

  public OrganisationKind[] getOrganisationKinds() {
    return OrganisationKind.values();
  }
}
