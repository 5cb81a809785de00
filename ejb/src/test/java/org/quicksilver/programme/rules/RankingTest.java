package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class RankingTest {
  private final ScoringGrid grid =
      new ScoringGrid(List.of(new Criterion("A", "A", new BigDecimal("100"), new Scale(0, 4))));
  private final CommitteeMember ola = new CommitteeMember("m2", "Ola", "NOR");
  private final CommitteeMember ana = new CommitteeMember("m3", "Ana", "URY");

  private ApplicationScoring scored(String reference, int... scores) {
    ApplicationScoring scoring = new ApplicationScoring(reference, grid, new Recusals("GHA"));
    List<CommitteeMember> members = List.of(ola, ana);
    for (int i = 0; i < scores.length; i++) {
      ScoreSheet sheet = scoring.sheetFor(members.get(i));
      sheet.score("A", scores[i]);
      sheet.submit();
    }
    return scoring;
  }

  @Test
  void theBestScoreComesFirst() {
    Ranking ranking = Ranking.of(List.of(scored("SIP-1", 1, 1), scored("SIP-2", 4, 3)));

    assertEquals(List.of("SIP-2", "SIP-1"), ranking.referencesInOrder());
    RankedApplication top = ranking.ranked().get(0);
    assertEquals(1, top.position());
    assertEquals(new BigDecimal("87.50"), top.score());
    assertEquals(2, top.sheetsSubmitted());
    assertEquals(2, ranking.ranked().get(1).position());
  }

  @Test
  void equalScoresAreOrderedByReferenceWhateverTheInputOrder() {
    List<ApplicationScoring> applications =
        List.of(scored("SIP-9", 2, 2), scored("SIP-3", 3, 1), scored("SIP-5", 2, 2));

    assertEquals(List.of("SIP-3", "SIP-5", "SIP-9"), Ranking.of(applications).referencesInOrder());
    assertEquals(
        List.of("SIP-3", "SIP-5", "SIP-9"),
        Ranking.of(List.of(applications.get(2), applications.get(0), applications.get(1)))
            .referencesInOrder());
  }

  @Test
  void applicationsWithoutASubmittedSheetAreListedApart() {
    ApplicationScoring draftOnly = new ApplicationScoring("SIP-7", grid, new Recusals("GHA"));
    draftOnly.sheetFor(ola).score("A", 4);

    Ranking ranking =
        Ranking.of(
            List.of(
                draftOnly,
                scored("SIP-1", 2),
                new ApplicationScoring("SIP-4", grid, new Recusals("GHA"))));

    assertEquals(List.of("SIP-1"), ranking.referencesInOrder());
    assertEquals(List.of("SIP-4", "SIP-7"), ranking.unscored());
  }

  @Test
  void wideDisagreementIsCarriedIntoTheRanking() {
    Ranking ranking = Ranking.of(List.of(scored("SIP-1", 0, 2), scored("SIP-2", 3, 2)));

    RankedApplication split = ranking.ranked().get(1);
    assertEquals("SIP-1", split.applicationReference());
    assertTrue(split.needsDiscussion());
    assertEquals(List.of(new Disagreement("A", 0, 2)), split.disagreements());
    assertFalse(ranking.ranked().get(0).needsDiscussion());
  }

  @Test
  void anEmptyRoundRanksNothing() {
    Ranking ranking = Ranking.of(List.of());

    assertEquals(List.of(), ranking.ranked());
    assertEquals(List.of(), ranking.unscored());
  }
}
