package org.quicksilver.reference;

/** Where a country stands towards the Convention. */
public enum ConventionStatus {
  PARTY,
  SIGNATORY,
  NON_PARTY
}
