package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class ApplicationScoringTest {
  private final ScoringGrid grid =
      new ScoringGrid(
          List.of(
              new Criterion("RELEVANCE", "Relevance", new BigDecimal("40"), new Scale(0, 5)),
              new Criterion("FEASIBILITY", "Feasibility", new BigDecimal("35"), new Scale(0, 5)),
              new Criterion(
                  "SUSTAINABILITY", "Sustainability", new BigDecimal("25"), new Scale(0, 10))));
  private final CommitteeMember ama = new CommitteeMember("m1", "Ama", "GHA");
  private final CommitteeMember ola = new CommitteeMember("m2", "Ola", "NOR");
  private final CommitteeMember ana = new CommitteeMember("m3", "Ana", "URY");
  private final ApplicationScoring scoring =
      new ApplicationScoring("SIP-2018-001", grid, new Recusals("GHA"));

  private ScoreSheet submit(CommitteeMember member, int relevance, int feasibility, int lasting) {
    ScoreSheet sheet = scoring.sheetFor(member);
    sheet.score("RELEVANCE", relevance);
    sheet.score("FEASIBILITY", feasibility);
    sheet.score("SUSTAINABILITY", lasting);
    sheet.submit();
    return sheet;
  }

  @Test
  void aMemberKeepsOneSheetPerApplication() {
    assertSame(scoring.sheetFor(ola), scoring.sheetFor(ola));
  }

  @Test
  void aRecusedMemberCannotScore() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> scoring.sheetFor(ama));

    assertEquals("programme.scoring.recused", refused.messageKey());
  }

  @Test
  void aRecusedMemberCannotSeeTheScores() {
    submit(ola, 4, 4, 8);

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> scoring.sheetsVisibleTo(ama));

    assertEquals("programme.scoring.recused", refused.messageKey());
  }

  @Test
  void aMemberWhoDeclaresAConflictLosesAccessToo() {
    scoring.getRecusals().declare(ana, "Reviewed the draft for the applicant");

    assertThrows(InvalidInputException.class, () -> scoring.sheetFor(ana));
    assertEquals(ScoringState.RECUSED, scoring.stateOf(ana));
  }

  @Test
  void othersScoresStayHiddenUntilTheMemberSubmitsTheirOwn() {
    submit(ola, 4, 4, 8);
    scoring.sheetFor(ana).score("RELEVANCE", 3);

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> scoring.sheetsVisibleTo(ana));

    assertEquals("programme.scoring.ownSheetFirst", refused.messageKey());
  }

  @Test
  void aMemberWhoHasNotStartedSeesNothingEither() {
    submit(ola, 4, 4, 8);

    assertThrows(InvalidInputException.class, () -> scoring.sheetsVisibleTo(ana));
  }

  @Test
  void afterSubmittingAMemberSeesEverySubmittedSheetButNoDraft() {
    ScoreSheet olas = submit(ola, 4, 4, 8);
    scoring.sheetFor(new CommitteeMember("m4", "Raj", "IND")).score("RELEVANCE", 1);
    ScoreSheet anas = submit(ana, 2, 3, 5);

    assertEquals(List.of(olas, anas), scoring.sheetsVisibleTo(ana));
  }

  @Test
  void noScoreUntilASheetIsSubmitted() {
    scoring.sheetFor(ola).score("RELEVANCE", 5);

    assertEquals(Optional.empty(), scoring.weightedScore());
  }

  @Test
  void theScoreIsTheWeightedMeanOutOfAHundredWithEachScaleNormalised() {
    submit(ola, 5, 3, 10);
    submit(ana, 4, 4, 5);

    // Relevance 9/10 of 40 = 36; feasibility 7/10 of 35 = 24.5; sustainability 15/20 of 25 = 18.75.
    assertEquals(Optional.of(new BigDecimal("79.25")), scoring.weightedScore());
  }

  @Test
  void topMarksEverywhereMakeAHundred() {
    submit(ola, 5, 5, 10);

    assertEquals(Optional.of(new BigDecimal("100.00")), scoring.weightedScore());
  }

  @Test
  void aScaleThatStartsAboveZeroCountsFromItsMinimum() {
    ScoringGrid fromOne =
        new ScoringGrid(List.of(new Criterion("A", "A", new BigDecimal("100"), new Scale(1, 5))));
    ApplicationScoring application =
        new ApplicationScoring("SIP-2018-002", fromOne, new Recusals("GHA"));
    ScoreSheet sheet = application.sheetFor(ola);
    sheet.score("A", 1);
    sheet.submit();

    assertEquals(Optional.of(new BigDecimal("0.00")), application.weightedScore());
  }

  @Test
  void theScoreIsRoundedToTheCentOfAPoint() {
    submit(ola, 1, 0, 0);
    submit(ana, 1, 0, 0);
    submit(new CommitteeMember("m4", "Raj", "IND"), 2, 0, 0);

    // 4 of 15 possible relevance points, times 40: 10.666…
    assertEquals(Optional.of(new BigDecimal("10.67")), scoring.weightedScore());
  }

  @Test
  void scoresHalfTheScaleApartAreFlaggedForDiscussion() {
    submit(ola, 5, 3, 10);
    submit(ana, 4, 4, 5);

    assertEquals(List.of(new Disagreement("SUSTAINABILITY", 5, 10)), scoring.disagreements());
  }

  @Test
  void scoresJustUnderHalfTheScaleApartAreNot() {
    // Relevance 0..5: half the range is 2.5, so 3 apart is flagged and 2 apart is not.
    submit(ola, 5, 2, 9);
    submit(ana, 2, 4, 5);

    assertEquals(List.of(new Disagreement("RELEVANCE", 2, 5)), scoring.disagreements());
  }

  @Test
  void oneSheetCannotDisagreeWithItself() {
    submit(ola, 0, 5, 10);

    assertEquals(List.of(), scoring.disagreements());
  }

  @Test
  void eachMemberHasAState() {
    submit(ola, 4, 4, 8);
    scoring.sheetFor(ana).score("RELEVANCE", 1);

    assertEquals(ScoringState.RECUSED, scoring.stateOf(ama));
    assertEquals(ScoringState.SUBMITTED, scoring.stateOf(ola));
    assertEquals(ScoringState.DRAFT, scoring.stateOf(ana));
    assertEquals(
        ScoringState.NOT_STARTED, scoring.stateOf(new CommitteeMember("m4", "Raj", "IND")));
  }
}
