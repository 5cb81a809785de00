package org.quicksilver.reference;

/** The five UN regional groups, in the order the Convention's documents list them. */
public enum RegionalGroup {
  AFRICA,
  ASIA_PACIFIC,
  EASTERN_EUROPE,
  LATIN_AMERICA_CARIBBEAN,
  WESTERN_EUROPE_OTHERS
}
