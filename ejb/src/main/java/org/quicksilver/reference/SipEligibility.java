package org.quicksilver.reference;

/** Why a country may receive SIP support: the programme serves developing countries and EITs. */
public enum SipEligibility {
  NOT_ELIGIBLE,
  DEVELOPING_COUNTRY,
  ECONOMY_IN_TRANSITION
}
