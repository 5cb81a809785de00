package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicksilver.platform.InvalidInputException;

class ScoreSheetTest {
  private final ScoringGrid grid =
      new ScoringGrid(
          List.of(
              new Criterion("RELEVANCE", "Relevance", new BigDecimal("60"), new Scale(1, 5)),
              new Criterion("FEASIBILITY", "Feasibility", new BigDecimal("40"), new Scale(0, 10))));
  private final ScoreSheet sheet = new ScoreSheet(new CommitteeMember("m1", "Ama", "GHA"), grid);

  @Test
  void aNewSheetIsAnEmptyDraft() {
    assertEquals(SheetStatus.DRAFT, sheet.getStatus());
    assertEquals(List.of("RELEVANCE", "FEASIBILITY"), sheet.missingCriteria());
  }

  @Test
  void aDraftMayBeScoredAndRescored() {
    sheet.score("RELEVANCE", 2);
    sheet.score("RELEVANCE", 4);

    assertEquals(OptionalInt.of(4), sheet.scoreFor("RELEVANCE"));
    assertEquals(List.of("FEASIBILITY"), sheet.missingCriteria());
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 6, -1})
  void aScoreOutsideTheCriterionsScaleIsRefused(int score) {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> sheet.score("RELEVANCE", score));

    assertEquals("programme.scoring.outOfScale", refused.messageKey());
    assertArrayEquals(new Object[] {"RELEVANCE", score, 1, 5}, refused.arguments());
    assertEquals(OptionalInt.empty(), sheet.scoreFor("RELEVANCE"));
  }

  @Test
  void eachCriterionHasItsOwnScale() {
    sheet.score("FEASIBILITY", 0);
    sheet.score("FEASIBILITY", 10);

    assertEquals(OptionalInt.of(10), sheet.scoreFor("FEASIBILITY"));
  }

  @Test
  void aScoreForACriterionOutsideTheRoundIsRefused() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> sheet.score("IMPACT", 3));

    assertEquals("programme.scoring.unknownCriterion", refused.messageKey());
  }

  @Test
  void anIncompleteSheetCannotBeSubmittedAndNamesWhatIsMissing() {
    sheet.score("FEASIBILITY", 7);
    sheet.clear("FEASIBILITY");
    sheet.score("RELEVANCE", 3);

    InvalidInputException refused = assertThrows(InvalidInputException.class, sheet::submit);

    assertEquals("programme.scoring.incomplete", refused.messageKey());
    assertArrayEquals(new Object[] {"FEASIBILITY"}, refused.arguments());
    assertFalse(sheet.isSubmitted());
  }

  @Test
  void anEmptySheetNamesEveryCriterion() {
    InvalidInputException refused = assertThrows(InvalidInputException.class, sheet::submit);

    assertArrayEquals(new Object[] {"RELEVANCE, FEASIBILITY"}, refused.arguments());
  }

  @Test
  void aCompleteSheetIsSubmitted() {
    sheet.score("RELEVANCE", 5);
    sheet.score("FEASIBILITY", 8);

    sheet.submit();

    assertTrue(sheet.isSubmitted());
    assertEquals(Map.of("RELEVANCE", 5, "FEASIBILITY", 8), sheet.getScores());
  }

  @Test
  void aSubmittedSheetCannotBeChangedInAnyWay() {
    sheet.score("RELEVANCE", 5);
    sheet.score("FEASIBILITY", 8);
    sheet.submit();

    for (Runnable change :
        List.<Runnable>of(
            () -> sheet.score("RELEVANCE", 1), () -> sheet.clear("FEASIBILITY"), sheet::submit)) {
      InvalidInputException refused = assertThrows(InvalidInputException.class, change::run);
      assertEquals("programme.scoring.sheetSubmitted", refused.messageKey());
    }
    assertEquals(Map.of("RELEVANCE", 5, "FEASIBILITY", 8), sheet.getScores());
  }
}
