package org.quicksilver.reference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountryDataTest {

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
    CountryData data = new CountryData();
    data.setConventionStatus(status);
    data.setSipEligibility(classification);

    assertEquals(eligible, data.isEligibleForSip());
  }

  @Test
  void aNewCountryIsANonPartyNotEligibleForSip() {
    CountryData data = new CountryData();

    assertEquals(ConventionStatus.NON_PARTY, data.getConventionStatus());
    assertEquals(SipEligibility.NOT_ELIGIBLE, data.getSipEligibility());
    assertFalse(data.isEligibleForSip());
  }

  @Test
  void theIsoCodeIsTrimmedAndUpperCased() {
    CountryData data = new CountryData();

    data.setIsoCode("  fr ");

    assertEquals("FR", data.getIsoCode());
  }

  @Test
  void theIsoCodeIsUpperCasedTheSameWayWhateverTheServersLocale() {
    Locale serverLocale = Locale.getDefault();
    Locale.setDefault(Locale.forLanguageTag("tr-TR"));
    try {
      CountryData data = new CountryData();

      data.setIsoCode("it");

      assertEquals("IT", data.getIsoCode());
    } finally {
      Locale.setDefault(serverLocale);
    }
  }

  @Test
  void noIsoCodeStaysNoIsoCode() {
    CountryData data = new CountryData();

    data.setIsoCode(null);

    assertNull(data.getIsoCode());
  }

  @Test
  void theNameIsGivenInTheLanguageAskedForAndInEnglishOtherwise() {
    CountryData data =
        new CountryData(
            1L,
            0L,
            "ES",
            "Spain",
            "Espagne",
            "España",
            RegionalGroup.WESTERN_EUROPE_OTHERS,
            ConventionStatus.PARTY,
            LocalDate.of(2017, 8, 16),
            SipEligibility.NOT_ELIGIBLE);

    assertEquals("Spain", data.name(Locale.ENGLISH));
    assertEquals("Espagne", data.name(Locale.CANADA_FRENCH));
    assertEquals("España", data.name(Locale.forLanguageTag("es-AR")));
    assertEquals("Spain", data.name(Locale.GERMAN));
  }
}
