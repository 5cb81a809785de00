package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicksilver.platform.InvalidInputException;

class RoundTest {
  // The first round: 5 June to 31 August 2018; Geneva is on summer time (UTC+2) throughout.
  private final Round first =
      new Round(
          "First round",
          LocalDate.of(2018, 6, 5),
          LocalDate.of(2018, 8, 31),
          new BigDecimal("50000.00"),
          new BigDecimal("250000.00"),
          24);

  @Test
  void theFirstMinuteOfTheOpeningDayInGenevaIsOpen() {
    assertTrue(first.isOpenAt(Instant.parse("2018-06-04T22:00:00Z")));
    assertFalse(first.isOpenAt(Instant.parse("2018-06-04T21:59:59Z")));
  }

  @Test
  void theWholeClosingDayInGenevaIsOpen() {
    assertTrue(first.isOpenAt(Instant.parse("2018-08-31T21:59:59Z")));
    assertFalse(first.isOpenAt(Instant.parse("2018-08-31T22:00:00Z")));
  }

  @Test
  void anApplicationInTheWindowIsRegisteredWithoutAReason() {
    Registration registration = first.register(Instant.parse("2018-07-10T09:00:00Z"), null);

    assertFalse(registration.isOutsideWindow());
    assertEquals(LocalDate.of(2018, 7, 10), registration.receivedOn());
  }

  @Test
  void theRecordedDateIsGenevasNotUtcs() {
    Registration registration = first.register(Instant.parse("2018-08-31T23:30:00Z"), "Courier");

    assertEquals(LocalDate.of(2018, 9, 1), registration.receivedOn());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void aLateApplicationWithoutAReasonIsRefused(String reason) {
    Instant late = Instant.parse("2018-09-03T08:00:00Z");

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> first.register(late, reason));

    assertEquals("programme.round.closed", refused.messageKey());
    assertArrayEquals(
        new Object[] {
          "First round",
          LocalDate.of(2018, 9, 3),
          LocalDate.of(2018, 6, 5),
          LocalDate.of(2018, 8, 31)
        },
        refused.arguments());
  }

  @Test
  void anEarlyApplicationIsHeldToTheSameRule() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> first.register(Instant.parse("2018-06-01T08:00:00Z"), " "));

    assertEquals("programme.round.closed", refused.messageKey());
  }

  @Test
  void aLateApplicationWithAReasonIsRegisteredAndFlagged() {
    Registration registration =
        first.register(Instant.parse("2018-09-03T08:00:00Z"), "  Delayed by the courier  ");

    assertEquals(Optional.of("Delayed by the courier"), registration.lateReason());
    assertEquals(
        List.of(ApplicationFlag.RECEIVED_OUTSIDE_WINDOW),
        first.flagsFor(registration, new BigDecimal("100000.00"), 12));
  }

  @Test
  void anApplicationWithinEveryLimitHasNoFlags() {
    Registration onTime = first.register(Instant.parse("2018-07-10T09:00:00Z"), null);

    assertEquals(List.of(), first.flagsFor(onTime, new BigDecimal("50000.00"), 24));
    assertEquals(List.of(), first.flagsFor(onTime, new BigDecimal("250000.00"), 1));
  }

  @Test
  void amountsOutsideTheRangeAreFlaggedNotRefused() {
    Registration onTime = first.register(Instant.parse("2018-07-10T09:00:00Z"), null);

    assertEquals(
        List.of(ApplicationFlag.AMOUNT_BELOW_MINIMUM),
        first.flagsFor(onTime, new BigDecimal("49999.99"), 12));
    assertEquals(
        List.of(ApplicationFlag.AMOUNT_ABOVE_MAXIMUM),
        first.flagsFor(onTime, new BigDecimal("250000.01"), 12));
  }

  @Test
  void everyFlagIsRaisedTogetherInAStableOrder() {
    Registration late = first.register(Instant.parse("2018-09-03T08:00:00Z"), "Board decision");

    assertEquals(
        List.of(
            ApplicationFlag.RECEIVED_OUTSIDE_WINDOW,
            ApplicationFlag.AMOUNT_ABOVE_MAXIMUM,
            ApplicationFlag.DURATION_OVER_MAXIMUM),
        first.flagsFor(late, new BigDecimal("300000.00"), 25));
  }

  @Test
  void aRoundThatClosesBeforeItOpensIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                new Round(
                    "Backwards",
                    LocalDate.of(2018, 8, 31),
                    LocalDate.of(2018, 6, 5),
                    BigDecimal.ONE,
                    BigDecimal.TEN,
                    12));

    assertEquals("programme.round.closesBeforeOpening", refused.messageKey());
  }

  @Test
  void aOneDayRoundIsAllowed() {
    LocalDate day = LocalDate.of(2019, 3, 1);
    Round oneDay = new Round("Short", day, day, BigDecimal.ONE, BigDecimal.TEN, 12);

    // Geneva is on winter time (UTC+1) in March.
    assertTrue(oneDay.isOpenAt(Instant.parse("2019-02-28T23:00:00Z")));
    assertFalse(oneDay.isOpenAt(Instant.parse("2019-03-01T23:00:00Z")));
  }

  @Test
  void aMaximumBelowTheMinimumIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                new Round(
                    "Upside down",
                    LocalDate.of(2018, 6, 5),
                    LocalDate.of(2018, 8, 31),
                    new BigDecimal("250000"),
                    new BigDecimal("50000"),
                    12));

    assertEquals("programme.round.maximumBelowMinimum", refused.messageKey());
    assertArrayEquals(
        new Object[] {new BigDecimal("250000.00"), new BigDecimal("50000.00")},
        refused.arguments());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -6})
  void aDurationLimitIsPositive(int months) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                new Round(
                    "No time",
                    LocalDate.of(2018, 6, 5),
                    LocalDate.of(2018, 8, 31),
                    BigDecimal.ONE,
                    BigDecimal.TEN,
                    months));

    assertEquals("programme.round.durationNotPositive", refused.messageKey());
  }

  @Test
  void limitsFinerThanACentAreRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                new Round(
                    "Fine",
                    LocalDate.of(2018, 6, 5),
                    LocalDate.of(2018, 8, 31),
                    new BigDecimal("1.001"),
                    BigDecimal.TEN,
                    12));

    assertEquals("reference.currency.tooManyDecimals", refused.messageKey());
    assertArrayEquals(new Object[] {"USD", 2}, refused.arguments());
  }

  @Test
  void aRoundHasAName() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                new Round(
                    " ",
                    LocalDate.of(2018, 6, 5),
                    LocalDate.of(2018, 8, 31),
                    BigDecimal.ONE,
                    BigDecimal.TEN,
                    12));

    assertEquals("programme.round.nameRequired", refused.messageKey());
  }
}
