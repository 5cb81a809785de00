package org.quicksilver.projects.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.quicksilver.platform.InvalidInputException;

class ActivityTest {
  private static final LocalDate LUSAKA_FIRST_DAY = LocalDate.of(2018, 10, 9);
  private static final LocalDate LUSAKA_LAST_DAY = LocalDate.of(2018, 10, 10);

  private final Activity lusaka =
      new Activity("Regional consultation for Africa", ActivityType.REGIONAL_CONSULTATION);

  private static InvalidInputException refused(String messageKey, Executable action) {
    InvalidInputException refused = assertThrows(InvalidInputException.class, action);
    assertEquals(messageKey, refused.messageKey());
    return refused;
  }

  private void scheduleInLusaka() {
    lusaka.schedule(new ActivityDates(LUSAKA_FIRST_DAY, LUSAKA_LAST_DAY));
    lusaka.locate(Venue.in("Lusaka", "ZM"));
  }

  @Test
  void anActivityStartsPlanned() {
    assertEquals(ActivityStatus.PLANNED, lusaka.getStatus());
    assertEquals(Optional.empty(), lusaka.getDates());
    assertEquals(Optional.empty(), lusaka.getVenue());
  }

  @Test
  void anActivityHasATitle() {
    refused("projects.activity.titleRequired", () -> new Activity(" ", ActivityType.WEBINAR));
  }

  @Test
  void anEventWithDatesAndVenueIsConfirmed() {
    scheduleInLusaka();

    lusaka.confirm();

    assertEquals(ActivityStatus.CONFIRMED, lusaka.getStatus());
  }

  @Test
  void confirmingNeedsDates() {
    lusaka.locate(Venue.in("Lusaka", "ZM"));

    refused("projects.activity.datesRequired", lusaka::confirm);
    assertEquals(ActivityStatus.PLANNED, lusaka.getStatus());
  }

  @Test
  void confirmingAnEventNeedsAVenue() {
    lusaka.schedule(new ActivityDates(LUSAKA_FIRST_DAY, LUSAKA_LAST_DAY));

    refused("projects.activity.venueRequired", lusaka::confirm);
  }

  @Test
  void onlineIsAVenue() {
    Activity workshop =
        new Activity("Mercury emissions inventories", ActivityType.SUBREGIONAL_WORKSHOP);
    workshop.schedule(ActivityDates.on(LocalDate.of(2019, 3, 5)));
    workshop.locate(Venue.online());

    workshop.confirm();

    assertEquals(ActivityStatus.CONFIRMED, workshop.getStatus());
  }

  @Test
  void aProductIsConfirmedWithoutAVenue() {
    Activity material =
        new Activity("Training kit on mercury trade", ActivityType.TRAINING_MATERIAL);
    material.schedule(new ActivityDates(LocalDate.of(2019, 1, 7), LocalDate.of(2019, 6, 28)));

    material.confirm();

    assertEquals(ActivityStatus.CONFIRMED, material.getStatus());
  }

  @Test
  void aProductTakesNoVenue() {
    Activity material =
        new Activity("Training kit on mercury trade", ActivityType.TRAINING_MATERIAL);

    InvalidInputException refused =
        refused("projects.activity.venueNotApplicable", () -> material.locate(Venue.online()));
    assertArrayEquals(new Object[] {ActivityType.TRAINING_MATERIAL}, refused.arguments());
  }

  @Test
  void aWebinarIsOnlyOnline() {
    Activity webinar =
        new Activity("Mercury trade, Latin America and the Caribbean", ActivityType.WEBINAR);

    refused("projects.activity.onlineOnly", () -> webinar.locate(Venue.in("Lima", "PE")));
    webinar.locate(Venue.online());
    assertEquals(Optional.of(Venue.online()), webinar.getVenue());
  }

  @Test
  void aHeldActivityIsOneWhoseLastDayHasCome() {
    scheduleInLusaka();
    lusaka.confirm();

    lusaka.markHeld(LUSAKA_LAST_DAY);

    assertEquals(ActivityStatus.HELD, lusaka.getStatus());
  }

  @Test
  void anActivityStillRunningIsNotHeld() {
    scheduleInLusaka();
    lusaka.confirm();

    InvalidInputException refused =
        refused("projects.activity.heldInFuture", () -> lusaka.markHeld(LUSAKA_FIRST_DAY));
    assertArrayEquals(new Object[] {LUSAKA_LAST_DAY, LUSAKA_FIRST_DAY}, refused.arguments());
    assertEquals(ActivityStatus.CONFIRMED, lusaka.getStatus());
  }

  @Test
  void aPlannedActivityCannotBeHeld() {
    scheduleInLusaka();

    InvalidInputException refused =
        refused(
            "projects.activity.transitionRefused",
            () -> lusaka.markHeld(LUSAKA_LAST_DAY.plusDays(1)));
    assertArrayEquals(
        new Object[] {ActivityStatus.PLANNED, ActivityStatus.HELD}, refused.arguments());
  }

  @Test
  void postponingNeedsAReasonAndKeepsTheDatesToChange() {
    scheduleInLusaka();
    lusaka.confirm();

    refused("projects.activity.reasonRequired", () -> lusaka.postpone(" "));
    lusaka.postpone("Host country asked for a later date");

    assertEquals(ActivityStatus.PLANNED, lusaka.getStatus());
    assertEquals(Optional.of("Host country asked for a later date"), lusaka.getReason());
    assertEquals(LUSAKA_FIRST_DAY, lusaka.getDates().orElseThrow().start());
  }

  @Test
  void aPostponedActivityIsRescheduledAndConfirmedAgain() {
    scheduleInLusaka();
    lusaka.confirm();
    lusaka.postpone("Host country asked for a later date");

    lusaka.schedule(new ActivityDates(LocalDate.of(2018, 11, 6), LocalDate.of(2018, 11, 7)));
    lusaka.confirm();

    assertEquals(ActivityStatus.CONFIRMED, lusaka.getStatus());
    assertEquals(Optional.empty(), lusaka.getReason());
  }

  @Test
  void onlyAConfirmedActivityIsPostponed() {
    refused("projects.activity.transitionRefused", () -> lusaka.postpone("Not ready"));
  }

  @Test
  void cancellingNeedsAReason() {
    refused("projects.activity.reasonRequired", () -> lusaka.cancel(null));
    assertEquals(ActivityStatus.PLANNED, lusaka.getStatus());

    lusaka.cancel("  Merged with the subregional workshop  ");

    assertEquals(ActivityStatus.CANCELLED, lusaka.getStatus());
    assertEquals(Optional.of("Merged with the subregional workshop"), lusaka.getReason());
  }

  @Test
  void aHeldActivityCannotBeCancelled() {
    scheduleInLusaka();
    lusaka.confirm();
    lusaka.markHeld(LUSAKA_LAST_DAY);

    refused("projects.activity.transitionRefused", () -> lusaka.cancel("Too late"));
  }

  @Test
  void aFinalActivityNoLongerChanges() {
    lusaka.cancel("Funding withdrawn");

    InvalidInputException refused =
        refused(
            "projects.activity.final",
            () -> lusaka.schedule(ActivityDates.on(LocalDate.of(2019, 1, 1))));
    assertArrayEquals(
        new Object[] {"Regional consultation for Africa", ActivityStatus.CANCELLED},
        refused.arguments());
    refused("projects.activity.final", () -> lusaka.locate(Venue.online()));
  }

  @Test
  void anActivityCannotEndBeforeItStarts() {
    InvalidInputException refused =
        refused(
            "projects.activity.endBeforeStart",
            () -> new ActivityDates(LUSAKA_LAST_DAY, LUSAKA_FIRST_DAY));
    assertArrayEquals(new Object[] {LUSAKA_LAST_DAY, LUSAKA_FIRST_DAY}, refused.arguments());
  }

  @Test
  void aOneDayActivityIsOverOnItsDay() {
    ActivityDates webinarDay = ActivityDates.on(LocalDate.of(2018, 6, 27));

    assertFalse(webinarDay.isOverBy(LocalDate.of(2018, 6, 26)));
    assertTrue(webinarDay.isOverBy(LocalDate.of(2018, 6, 27)));
  }

  @Test
  void aVenueIsACityInACountryByIsoCode() {
    Venue chisinau = Venue.in(" Chisinau ", "md");

    assertFalse(chisinau.isOnline());
    assertEquals(Optional.of("Chisinau"), chisinau.getCity());
    assertEquals(Optional.of("MD"), chisinau.getCountryCode());
    assertEquals(Venue.in("Chisinau", "MD"), chisinau);
    assertTrue(Venue.online().isOnline());
    assertEquals(Optional.empty(), Venue.online().getCity());
  }

  @Test
  void aVenueNeedsACityAndAValidCountryCode() {
    refused("projects.venue.cityRequired", () -> Venue.in("", "TH"));
    InvalidInputException refused =
        refused("projects.country.codeInvalid", () -> Venue.in("Bangkok", "THA"));
    assertArrayEquals(new Object[] {"THA"}, refused.arguments());
  }
}
