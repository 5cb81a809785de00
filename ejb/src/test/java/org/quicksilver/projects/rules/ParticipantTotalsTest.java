package org.quicksilver.projects.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicksilver.projects.rules.Gender.FEMALE;
import static org.quicksilver.projects.rules.Gender.MALE;
import static org.quicksilver.projects.rules.Gender.OTHER;
import static org.quicksilver.projects.rules.Gender.UNDISCLOSED;
import static org.quicksilver.projects.rules.ParticipantRole.DELEGATE;
import static org.quicksilver.projects.rules.ParticipantRole.OBSERVER;
import static org.quicksilver.projects.rules.ParticipantRole.ORGANISER;
import static org.quicksilver.projects.rules.ParticipantRole.RESOURCE_PERSON;
import static org.quicksilver.reference.RegionalGroup.AFRICA;
import static org.quicksilver.reference.RegionalGroup.ASIA_PACIFIC;
import static org.quicksilver.reference.RegionalGroup.EASTERN_EUROPE;
import static org.quicksilver.reference.RegionalGroup.LATIN_AMERICA_CARIBBEAN;
import static org.quicksilver.reference.RegionalGroup.WESTERN_EUROPE_OTHERS;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.reference.RegionalGroup;

class ParticipantTotalsTest {
  private static final TravelFunding AUSTRIA = TravelFunding.fromEarmark("GTF", "AT-2018");
  private static final TravelFunding JAPAN = TravelFunding.fromEarmark("GTF", "JP-2018");
  private static final TravelFunding GTF = TravelFunding.fromFund("GTF");

  private static Participation delegate(
      String country, RegionalGroup region, Gender gender, TravelFunding travel) {
    return new Participation(country, region, gender, DELEGATE, Optional.ofNullable(travel));
  }

  // Lusaka: three delegates from Zambia and Malawi, a resource person from Switzerland.
  private final ParticipantTotals lusaka =
      ParticipantTotals.of(
          List.of(
              delegate("ZM", AFRICA, FEMALE, AUSTRIA),
              delegate("ZM", AFRICA, MALE, AUSTRIA),
              delegate("MW", AFRICA, FEMALE, GTF),
              new Participation(
                  "CH", WESTERN_EUROPE_OTHERS, MALE, RESOURCE_PERSON, Optional.empty())));

  // Bangkok: two delegates, one observer, one organiser.
  private final ParticipantTotals bangkok =
      ParticipantTotals.of(
          List.of(
              delegate("TH", ASIA_PACIFIC, FEMALE, JAPAN),
              delegate("LK", ASIA_PACIFIC, UNDISCLOSED, JAPAN),
              new Participation("JP", ASIA_PACIFIC, OTHER, OBSERVER, Optional.empty()),
              new Participation("TH", ASIA_PACIFIC, FEMALE, ORGANISER, Optional.empty())));

  @Test
  void everyParticipantIsCounted() {
    assertEquals(4, lusaka.total());
  }

  @Test
  void totalsByRegionListEveryGroupWithZeros() {
    assertEquals(
        Map.of(
            AFRICA, 3,
            ASIA_PACIFIC, 0,
            EASTERN_EUROPE, 0,
            LATIN_AMERICA_CARIBBEAN, 0,
            WESTERN_EUROPE_OTHERS, 1),
        lusaka.byRegion());
    assertEquals(List.of(RegionalGroup.values()), List.copyOf(lusaka.byRegion().keySet()));
  }

  @Test
  void totalsByCountryListOnlyCountriesThatSentSomeoneInCodeOrder() {
    assertEquals(Map.of("CH", 1, "MW", 1, "ZM", 2), lusaka.byCountry());
    assertEquals(List.of("CH", "MW", "ZM"), List.copyOf(lusaka.byCountry().keySet()));
  }

  @Test
  void totalsByGenderListEveryGender() {
    assertEquals(Map.of(FEMALE, 2, MALE, 2, OTHER, 0, UNDISCLOSED, 0), lusaka.byGender());
    assertEquals(Map.of(FEMALE, 2, MALE, 0, OTHER, 1, UNDISCLOSED, 1), bangkok.byGender());
  }

  @Test
  void totalsByRole() {
    assertEquals(
        Map.of(DELEGATE, 2, RESOURCE_PERSON, 0, OBSERVER, 1, ORGANISER, 1), bangkok.byRole());
  }

  @Test
  void fundedTravelIsCountedByFundAndEarmarkUnearmarkedFirst() {
    assertEquals(3, lusaka.fundedTravel());
    assertEquals(Map.of(GTF, 1, AUSTRIA, 2), lusaka.fundedTravelByEarmark());
    assertEquals(List.of(GTF, AUSTRIA), List.copyOf(lusaka.fundedTravelByEarmark().keySet()));
  }

  @Test
  void totalsOfActivitiesAddUp() {
    ParticipantTotals both = lusaka.plus(bangkok);

    assertEquals(8, both.total());
    assertEquals(3, both.byRegion().get(AFRICA));
    assertEquals(4, both.byRegion().get(ASIA_PACIFIC));
    assertEquals(Map.of("CH", 1, "JP", 1, "LK", 1, "MW", 1, "TH", 2, "ZM", 2), both.byCountry());
    assertEquals(Map.of(FEMALE, 4, MALE, 2, OTHER, 1, UNDISCLOSED, 1), both.byGender());
    assertEquals(Map.of(GTF, 1, AUSTRIA, 2, JAPAN, 2), both.fundedTravelByEarmark());
    assertEquals(5, both.fundedTravel());
  }

  @Test
  void addingLeavesBothTotalsAsTheyWere() {
    lusaka.plus(bangkok);

    assertEquals(4, lusaka.total());
    assertEquals(0, lusaka.byRegion().get(ASIA_PACIFIC));
  }

  @Test
  void eachBreakdownAddsUpToTheTotal() {
    ParticipantTotals both = lusaka.plus(bangkok);

    assertEquals(both.total(), sum(both.byRegion()));
    assertEquals(both.total(), sum(both.byCountry()));
    assertEquals(both.total(), sum(both.byGender()));
    assertEquals(both.total(), sum(both.byRole()));
  }

  private static int sum(Map<?, Integer> counts) {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }

  @Test
  void theShareOfWomenIsInPercentWithTwoDecimals() {
    assertEquals(Optional.of(new BigDecimal("50.00")), lusaka.femaleShare());
    assertEquals(
        Optional.of(new BigDecimal("33.33")),
        ParticipantTotals.of(
                List.of(
                    delegate("PE", LATIN_AMERICA_CARIBBEAN, FEMALE, null),
                    delegate("PE", LATIN_AMERICA_CARIBBEAN, MALE, null),
                    delegate("EC", LATIN_AMERICA_CARIBBEAN, MALE, null)))
            .femaleShare());
  }

  @Test
  void noParticipantsMeanZerosAndNoShare() {
    ParticipantTotals none = ParticipantTotals.of(List.of());

    assertEquals(0, none.total());
    assertEquals(0, none.byRegion().get(AFRICA));
    assertTrue(none.byCountry().isEmpty());
    assertEquals(0, none.fundedTravel());
    assertEquals(Optional.empty(), none.femaleShare());
  }

  @Test
  void theTotalsCannotBeChangedByTheirReader() {
    assertThrows(UnsupportedOperationException.class, () -> lusaka.byRegion().put(AFRICA, 99));
    assertThrows(UnsupportedOperationException.class, () -> lusaka.byCountry().clear());
  }

  @Test
  void aParticipationCarriesNoNameOrContact() {
    Set<String> components =
        Arrays.stream(Participation.class.getRecordComponents())
            .map(RecordComponent::getName)
            .collect(Collectors.toSet());

    assertEquals(Set.of("countryCode", "region", "gender", "role", "travelFunding"), components);
  }

  @Test
  void theDonorViewHoldsCountsOnly() {
    for (Field field : ParticipantTotals.class.getDeclaredFields()) {
      if (Modifier.isStatic(field.getModifiers())) {
        continue;
      }
      String name = field.getName().toLowerCase(Locale.ROOT);
      assertFalse(name.contains("name") || name.contains("email"), field.getName());
      assertTrue(
          field.getType() == int.class || Map.class.isAssignableFrom(field.getType()),
          field.getName() + " is " + field.getType());
    }
  }

  @Test
  void aCountryIsNamedByItsIsoCode() {
    assertEquals("ZM", delegate(" zm ", AFRICA, FEMALE, null).countryCode());
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> delegate("Zambia", AFRICA, FEMALE, null));
    assertEquals("projects.country.codeInvalid", refused.messageKey());
    assertArrayEquals(new Object[] {"Zambia"}, refused.arguments());
  }

  @Test
  void travelFundingNamesItsFundAndAnEarmarkOnlyWhenThereIsOne() {
    assertEquals(Optional.empty(), new TravelFunding("GTF", Optional.of(" ")).earmarkCode());
    assertTrue(delegate("ZM", AFRICA, MALE, AUSTRIA).isTravelFunded());
    assertFalse(delegate("ZM", AFRICA, MALE, null).isTravelFunded());
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> TravelFunding.fromEarmark("", "AT-2018"));
    assertEquals("projects.participant.fundRequired", refused.messageKey());
  }
}
