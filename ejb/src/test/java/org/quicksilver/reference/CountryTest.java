package org.quicksilver.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicksilver.platform.InvalidInputException;

class CountryTest {
  private static final LocalDate ENTRY_INTO_FORCE = LocalDate.of(2017, 8, 16);

  @Test
  void aPartyNeedsTheDateItBecameOne() {
    Country country = new Country("FR");

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> country.standTowardsConvention(ConventionStatus.PARTY, null));

    assertEquals("reference.country.partySinceRequired", refused.messageKey());
  }

  @Test
  void aPartyKeepsTheDateItBecameOne() {
    Country country = new Country("FR");

    country.standTowardsConvention(ConventionStatus.PARTY, ENTRY_INTO_FORCE);

    assertEquals(ConventionStatus.PARTY, country.getConventionStatus());
    assertEquals(ENTRY_INTO_FORCE, country.getPartySince());
  }

  @Test
  void aRefusedStandingLeavesTheCountryAsItWas() {
    Country country = new Country("US");
    country.standTowardsConvention(ConventionStatus.SIGNATORY, null);

    assertThrows(
        InvalidInputException.class,
        () -> country.standTowardsConvention(ConventionStatus.PARTY, null));

    assertEquals(ConventionStatus.SIGNATORY, country.getConventionStatus());
    assertNull(country.getPartySince());
  }

  @ParameterizedTest
  @MethodSource("nonParties")
  void aNonPartyHasNoPartyDateEvenIfOneIsGiven(ConventionStatus status) {
    Country country = new Country("US");

    country.standTowardsConvention(status, ENTRY_INTO_FORCE);

    assertEquals(status, country.getConventionStatus());
    assertNull(country.getPartySince());
  }

  @ParameterizedTest
  @MethodSource("nonParties")
  void aPartyThatLeavesLosesItsPartyDate(ConventionStatus status) {
    Country country = new Country("US");
    country.standTowardsConvention(ConventionStatus.PARTY, ENTRY_INTO_FORCE);

    country.standTowardsConvention(status, null);

    assertEquals(status, country.getConventionStatus());
    assertNull(country.getPartySince());
  }

  @ParameterizedTest(name = "{0} and {1}: eligible = {2}")
  @CsvSource({
    "PARTY,     DEVELOPING_COUNTRY,    true",
    "PARTY,     ECONOMY_IN_TRANSITION, true",
    "PARTY,     NOT_ELIGIBLE,          false",
    "SIGNATORY, DEVELOPING_COUNTRY,    false",
    "SIGNATORY, ECONOMY_IN_TRANSITION, false",
    "SIGNATORY, NOT_ELIGIBLE,          false",
    "NON_PARTY, DEVELOPING_COUNTRY,    false",
    "NON_PARTY, ECONOMY_IN_TRANSITION, false",
    "NON_PARTY, NOT_ELIGIBLE,          false"
  })
  void onlyPartiesThatAreDevelopingCountriesOrEconomiesInTransitionAreEligibleForSip(
      ConventionStatus status, SipEligibility classification, boolean eligible) {
    Country country = new Country("XX");
    country.standTowardsConvention(status, ENTRY_INTO_FORCE);
    country.classifyForSip(classification);

    assertEquals(eligible, country.isEligibleForSip());
  }

  @Test
  void theNameIsGivenInTheLanguageAskedFor() {
    Country country = new Country("ES");
    country.rename("Spain", "Espagne", "España");

    assertEquals("Spain", country.name(Locale.ENGLISH));
    assertEquals("Espagne", country.name(Locale.FRENCH));
    assertEquals("España", country.name(Locale.forLanguageTag("es")));
  }

  @Test
  void theNameFollowsTheLanguageWhateverTheRegion() {
    Country country = new Country("DE");
    country.rename("Germany", "Allemagne", "Alemania");

    assertEquals("Allemagne", country.name(Locale.CANADA_FRENCH));
    assertEquals("Alemania", country.name(Locale.forLanguageTag("es-MX")));
    assertEquals("Germany", country.name(Locale.UK));
  }

  @Test
  void aLanguageQuicksilverDoesNotSpeakGetsTheEnglishName() {
    Country country = new Country("DE");
    country.rename("Germany", "Allemagne", "Alemania");

    assertEquals("Germany", country.name(Locale.GERMAN));
    assertEquals("Germany", country.name(Locale.ROOT));
  }

  static Stream<ConventionStatus> nonParties() {
    return Stream.of(ConventionStatus.SIGNATORY, ConventionStatus.NON_PARTY);
  }
}
