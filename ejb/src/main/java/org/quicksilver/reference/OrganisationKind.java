package org.quicksilver.reference;

/** What kind of body an organisation is; donors are governments or the EU. */
public enum OrganisationKind {
  GOVERNMENT,
  EUROPEAN_UNION,
  UNEP_UNIT,
  SECRETARIAT,
  REGIONAL_CENTRE,
  PARTNERSHIP,
  NGO,
  OTHER
}
