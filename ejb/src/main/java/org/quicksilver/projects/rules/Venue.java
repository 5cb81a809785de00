package org.quicksilver.projects.rules;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an event takes place: a city in a country, or online. Online is a venue in its own right,
 * so that an event with no venue yet is never mistaken for an online one.
 */
public final class Venue {
  private static final Venue ONLINE = new Venue(null, null);

  private final String city;
  private final String countryCode;

  private Venue(String city, String countryCode) {
    this.city = city;
    this.countryCode = countryCode;
  }

  public static Venue online() {
    return ONLINE;
  }

  /**
   * @param city e.g. "Lusaka"
   * @param countryCode ISO 3166-1 alpha-2, e.g. "ZM"
   */
  public static Venue in(String city, String countryCode) {
    return new Venue(
        Text.required(city, "projects.venue.cityRequired"), CountryCode.valid(countryCode));
  }

  public boolean isOnline() {
    return city == null;
  }

  public Optional<String> getCity() {
    return Optional.ofNullable(city);
  }

  public Optional<String> getCountryCode() {
    return Optional.ofNullable(countryCode);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Venue venue
        && Objects.equals(city, venue.city)
        && Objects.equals(countryCode, venue.countryCode);
  }

  @Override
  public int hashCode() {
    return Objects.hash(city, countryCode);
  }

  @Override
  public String toString() {
    return isOnline() ? "online" : city + " (" + countryCode + ")";
  }
}
