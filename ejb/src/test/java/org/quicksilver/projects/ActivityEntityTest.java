package org.quicksilver.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.projects.rules.ActivityDates;
import org.quicksilver.projects.rules.ActivityStatus;
import org.quicksilver.projects.rules.ActivityType;
import org.quicksilver.reference.Country;
import org.quicksilver.reference.RegionalGroup;

/** The entity follows the workflow rule it replays: what the rule refuses, the entity refuses. */
class ActivityEntityTest {
  private static final ActivityDates OCTOBER =
      new ActivityDates(LocalDate.of(2018, 10, 9), LocalDate.of(2018, 10, 10));

  private final Country zambia = country("ZM");
  private final Activity lusaka =
      new Activity(null, ActivityType.REGIONAL_CONSULTATION, "Regional consultation for Africa");

  private static Country country(String iso) {
    Country country = new Country(iso);
    country.placeIn(RegionalGroup.AFRICA);
    return country;
  }

  private static void refused(String key, Executable action) {
    assertEquals(key, assertThrows(InvalidInputException.class, action).messageKey());
  }

  private void plan(ActivityDates dates, boolean online, String city, Country country) {
    lusaka.plan(
        ActivityType.REGIONAL_CONSULTATION,
        "Regional consultation for Africa",
        RegionalGroup.AFRICA,
        dates,
        online,
        city,
        country,
        null,
        new BigDecimal("5000.00"));
  }

  @Test
  void anEventIsConfirmedOnlyWithDatesAndAVenueThenHeldOnceOver() {
    refused("projects.activity.datesRequired", lusaka::confirm);
    plan(OCTOBER, false, null, null);
    refused("projects.activity.venueRequired", lusaka::confirm);
    refused("projects.venue.countryRequired", () -> plan(OCTOBER, false, "Lusaka", null));
    plan(OCTOBER, false, "Lusaka", zambia);
    lusaka.confirm();
    assertEquals(ActivityStatus.CONFIRMED, lusaka.getStatus());
    refused("projects.activity.datesRequired", () -> plan(null, false, "Lusaka", zambia));
    refused("projects.activity.heldInFuture", () -> lusaka.markHeld(LocalDate.of(2018, 10, 9)));
    lusaka.markHeld(LocalDate.of(2018, 10, 10));
    assertEquals(ActivityStatus.HELD, lusaka.getStatus());
    refused("projects.activity.final", () -> plan(OCTOBER, true, null, null));
    refused("projects.activity.transitionRefused", () -> lusaka.cancel("Too late"));
  }

  @Test
  void postponingAndCancellingKeepTheirReasonAndAProductHasNoVenue() {
    plan(OCTOBER, true, null, null);
    lusaka.confirm();
    refused("projects.activity.reasonRequired", () -> lusaka.postpone(" "));
    lusaka.postpone("Host country elections");
    assertEquals(ActivityStatus.PLANNED, lusaka.getStatus());
    lusaka.cancel("Merged with the COP side event");
    assertEquals(ActivityStatus.CANCELLED, lusaka.getStatus());
    refused("projects.participant.cancelled", lusaka::checkTakesParticipants);

    var kit = new Activity(null, ActivityType.TRAINING_MATERIAL, "Customs training kit");
    refused(
        "projects.activity.venueNotApplicable",
        () ->
            kit.plan(
                ActivityType.TRAINING_MATERIAL,
                "Customs training kit",
                null,
                OCTOBER,
                false,
                "Geneva",
                country("CH"),
                null,
                BigDecimal.ZERO));
    refused("projects.participant.notEvent", kit::checkTakesParticipants);
  }

  @Test
  void deliverablesKeepTheirLanguagesAsCodes() {
    assertEquals("EN, FR, ES", Deliverable.normalised("en,fr ; es"));
    refused("projects.deliverable.languagesInvalid", () -> Deliverable.normalised("English"));
    refused("projects.deliverable.languagesInvalid", () -> Deliverable.normalised(" "));
  }
}
