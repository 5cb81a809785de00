package org.quicksilver.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class DataAsOfTest {
  // 23:30 UTC on 31 December is already 1 January in Geneva (UTC+1 in winter)
  private static final Instant NEW_YEAR_IN_GENEVA = Instant.parse("2019-12-31T23:30:00Z");

  @Test
  void noDayMeansTodayInGeneva() {
    assertEquals(LocalDate.of(2020, 1, 1), DataAsOf.of(null, NEW_YEAR_IN_GENEVA).day());
  }

  @Test
  void aDayAfterTodayInGenevaIsRefused() {
    assertEquals(
        LocalDate.of(2020, 1, 1), DataAsOf.of(LocalDate.of(2020, 1, 1), NEW_YEAR_IN_GENEVA).day());
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> DataAsOf.of(LocalDate.of(2020, 1, 2), NEW_YEAR_IN_GENEVA));
    assertEquals("reports.donor.asOfInFuture", refused.messageKey());
  }

  @Test
  void theDayEndsAtMidnightInGenevaSummerOrWinter() {
    assertEquals(
        Instant.parse("2018-12-31T23:00:00Z"), new DataAsOf(LocalDate.of(2018, 12, 31)).end());
    assertEquals(
        Instant.parse("2018-06-30T22:00:00Z"), new DataAsOf(LocalDate.of(2018, 6, 30)).end());
  }

  @Test
  void statusesAreTakenAtThePeriodsEndOrAtTheDayOfTheDataIfEarlier() {
    var asOf = new DataAsOf(LocalDate.of(2019, 3, 1));
    assertEquals(LocalDate.of(2018, 12, 31), asOf.statusDay(LocalDate.of(2018, 12, 31)));
    assertEquals(LocalDate.of(2019, 3, 1), asOf.statusDay(LocalDate.of(2019, 12, 31)));
  }
}
