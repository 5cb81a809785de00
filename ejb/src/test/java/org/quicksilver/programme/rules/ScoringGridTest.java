package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.quicksilver.platform.InvalidInputException;

class ScoringGridTest {
  private static Criterion criterion(String code, String weight) {
    return new Criterion(code, code, new BigDecimal(weight), new Scale(0, 5));
  }

  @Test
  void weightsThatAddUpToAHundredAreAccepted() {
    ScoringGrid grid =
        new ScoringGrid(
            List.of(
                criterion("RELEVANCE", "33.34"),
                criterion("FEASIBILITY", "33.33"),
                criterion("SUSTAINABILITY", "33.33")));

    assertEquals(
        List.of("RELEVANCE", "FEASIBILITY", "SUSTAINABILITY"),
        grid.criteria().stream().map(Criterion::code).toList());
  }

  @Test
  void weightsThatDoNotAddUpToAHundredAreRefusedWithTheirSum() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> new ScoringGrid(List.of(criterion("A", "60"), criterion("B", "30"))));

    assertEquals("programme.criteria.weightsNotHundred", refused.messageKey());
    assertArrayEquals(new Object[] {new BigDecimal("90")}, refused.arguments());
  }

  @Test
  void aRoundWithoutCriteriaIsRefused() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> new ScoringGrid(List.of()));

    assertEquals("programme.criteria.none", refused.messageKey());
  }

  @Test
  void twoCriteriaWithTheSameCodeAreRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> new ScoringGrid(List.of(criterion("A", "50"), criterion("A", "50"))));

    assertEquals("programme.criteria.duplicateCode", refused.messageKey());
    assertArrayEquals(new Object[] {"A"}, refused.arguments());
  }

  @ParameterizedTest
  @CsvSource({"0", "-10"})
  void aWeightIsPositive(String weight) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> criterion("A", weight));

    assertEquals("programme.criterion.weightNotPositive", refused.messageKey());
  }

  @Test
  void anUnknownCriterionIsRefusedByCode() {
    ScoringGrid grid = new ScoringGrid(List.of(criterion("A", "100")));

    InvalidInputException refused = assertThrows(InvalidInputException.class, () -> grid.get("B"));

    assertEquals("programme.scoring.unknownCriterion", refused.messageKey());
    assertArrayEquals(new Object[] {"B"}, refused.arguments());
  }

  @Test
  void aScaleIncludesBothEnds() {
    Scale scale = new Scale(1, 5);

    assertTrue(scale.contains(1));
    assertTrue(scale.contains(5));
    assertFalse(scale.contains(0));
    assertFalse(scale.contains(6));
    assertEquals(4, scale.range());
  }

  @ParameterizedTest
  @CsvSource({"5, 5", "5, 1"})
  void aScaleOfOneValueOrUpsideDownIsRefused(int min, int max) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> new Scale(min, max));

    assertEquals("programme.criterion.scaleEmpty", refused.messageKey());
  }
}
