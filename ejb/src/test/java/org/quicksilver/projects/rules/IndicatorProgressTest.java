package org.quicksilver.projects.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class IndicatorProgressTest {
  private final IndicatorProgress trained =
      new IndicatorProgress(
          "Customs officers trained", new BigDecimal("20"), new BigDecimal("120"));

  private static IndicatorValue value(String period, LocalDate measuredOn, String value) {
    return new IndicatorValue(period, measuredOn, new BigDecimal(value));
  }

  private static Optional<BigDecimal> percent(String value) {
    return Optional.of(new BigDecimal(value));
  }

  @Test
  void progressIsTheShareOfTheWayFromBaselineToTarget() {
    trained.record(value("2019", LocalDate.of(2019, 12, 31), "70"));

    assertEquals(percent("50.00"), trained.progress());
    assertEquals(IndicatorProgress.Direction.INCREASE, trained.direction());
  }

  @Test
  void atTheBaselineProgressIsZeroAndAtTheTargetAHundred() {
    assertEquals(new BigDecimal("0.00"), trained.progressOf(new BigDecimal("20")));
    assertEquals(new BigDecimal("100.00"), trained.progressOf(new BigDecimal("120")));
  }

  @Test
  void progressIsNotCappedEitherWay() {
    assertEquals(new BigDecimal("110.00"), trained.progressOf(new BigDecimal("130")));
    assertEquals(new BigDecimal("-10.00"), trained.progressOf(new BigDecimal("10")));
  }

  @Test
  void aFallingIndicatorProgressesAsItFalls() {
    IndicatorProgress products =
        new IndicatorProgress(
            "Mercury-added products on the market", new BigDecimal("40"), new BigDecimal("10"));

    assertEquals(IndicatorProgress.Direction.DECREASE, products.direction());
    assertEquals(new BigDecimal("50.00"), products.progressOf(new BigDecimal("25")));
    assertEquals(new BigDecimal("-10.00"), products.progressOf(new BigDecimal("43")));
    assertTrue(products.meetsTarget(new BigDecimal("8")));
    assertFalse(products.meetsTarget(new BigDecimal("11")));
  }

  @Test
  void aTargetEqualToTheBaselineMeansHoldingTheLevel() {
    IndicatorProgress focalPoints =
        new IndicatorProgress(
            "National focal points active", new BigDecimal("5"), new BigDecimal("5.0"));

    assertEquals(IndicatorProgress.Direction.MAINTAIN, focalPoints.direction());
    assertEquals(new BigDecimal("100.00"), focalPoints.progressOf(new BigDecimal("5")));
    assertEquals(new BigDecimal("0.00"), focalPoints.progressOf(new BigDecimal("4")));
    assertEquals(new BigDecimal("0.00"), focalPoints.progressOf(new BigDecimal("6")));
    assertTrue(focalPoints.meetsTarget(new BigDecimal("5.00")));
    assertFalse(focalPoints.meetsTarget(new BigDecimal("6")));
  }

  @Test
  void progressIsRoundedHalfEvenToTwoDecimals() {
    IndicatorProgress thirds =
        new IndicatorProgress("Parties reporting", BigDecimal.ZERO, new BigDecimal("3"));
    IndicatorProgress eighths =
        new IndicatorProgress("Guidance translated", BigDecimal.ZERO, new BigDecimal("800"));

    assertEquals(new BigDecimal("33.33"), thirds.progressOf(BigDecimal.ONE));
    assertEquals(new BigDecimal("66.67"), thirds.progressOf(new BigDecimal("2")));
    assertEquals(new BigDecimal("0.12"), eighths.progressOf(BigDecimal.ONE));
    assertEquals(new BigDecimal("0.38"), eighths.progressOf(new BigDecimal("3")));
  }

  @Test
  void noValueMeansNoProgressYet() {
    assertEquals(Optional.empty(), trained.latest());
    assertEquals(Optional.empty(), trained.progress());
    assertFalse(trained.isTargetMet());
    assertTrue(trained.latestPerPeriod().isEmpty());
  }

  @Test
  void eachPeriodShowsItsLatestValueInChronologicalOrder() {
    trained.record(value("2019-H2", LocalDate.of(2019, 12, 15), "80"));
    trained.record(value("2019-H1", LocalDate.of(2019, 6, 30), "45"));
    trained.record(value("2019-H1", LocalDate.of(2019, 3, 31), "30"));
    trained.record(value("2019-H2", LocalDate.of(2019, 9, 30), "60"));

    assertEquals(List.of("2019-H1", "2019-H2"), List.copyOf(trained.latestPerPeriod().keySet()));
    assertEquals(new BigDecimal("45"), trained.latestPerPeriod().get("2019-H1").value());
    assertEquals(new BigDecimal("80"), trained.latestPerPeriod().get("2019-H2").value());
    assertEquals(percent("25.00"), trained.progressIn("2019-H1"));
    assertEquals(percent("60.00"), trained.progress());
    assertEquals(Optional.empty(), trained.progressIn("2020-H1"));
  }

  @Test
  void aValueRecordedLaterForTheSameDayCorrectsTheEarlierOne() {
    LocalDate endOf2019 = LocalDate.of(2019, 12, 31);
    trained.record(value("2019", endOf2019, "90"));
    trained.record(value("2019", endOf2019, "95"));

    assertEquals(new BigDecimal("95"), trained.latest().orElseThrow().value());
    assertEquals(new BigDecimal("95"), trained.latestPerPeriod().get("2019").value());
  }

  @Test
  void theTargetIsMetWhenTheLatestValueReachesIt() {
    trained.record(value("2019", LocalDate.of(2019, 12, 31), "125"));
    assertTrue(trained.isTargetMet());

    trained.record(value("2020", LocalDate.of(2020, 6, 30), "119"));
    assertFalse(trained.isTargetMet());
  }

  @Test
  void anIndicatorHasANameAndAValueAPeriod() {
    assertEquals(
        "projects.indicator.nameRequired",
        assertThrows(
                InvalidInputException.class,
                () -> new IndicatorProgress(" ", BigDecimal.ZERO, BigDecimal.ONE))
            .messageKey());
    assertEquals(
        "projects.indicator.periodRequired",
        assertThrows(InvalidInputException.class, () -> value("", LocalDate.of(2019, 1, 1), "1"))
            .messageKey());
  }

  @Test
  void theValuesCannotBeChangedFromOutside() {
    assertThrows(UnsupportedOperationException.class, () -> trained.getValues().clear());
    assertThrows(UnsupportedOperationException.class, () -> trained.latestPerPeriod().clear());
  }
}
