package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScoringProgressTest {
  private final ScoringGrid grid =
      new ScoringGrid(List.of(new Criterion("A", "A", new BigDecimal("100"), new Scale(0, 4))));
  private final CommitteeMember ama = new CommitteeMember("m1", "Ama", "GHA");
  private final CommitteeMember ola = new CommitteeMember("m2", "Ola", "NOR");

  @Test
  void theChairSeesWhoHasSubmittedWhat() {
    ApplicationScoring fromGhana = new ApplicationScoring("SIP-1", grid, new Recusals("GHA"));
    ApplicationScoring fromPeru = new ApplicationScoring("SIP-2", grid, new Recusals("PER"));
    ApplicationScoring fromNepal = new ApplicationScoring("SIP-3", grid, new Recusals("NPL"));
    ScoreSheet olasOnGhana = fromGhana.sheetFor(ola);
    olasOnGhana.score("A", 3);
    olasOnGhana.submit();
    fromPeru.sheetFor(ola).score("A", 1);
    ScoreSheet amasOnPeru = fromPeru.sheetFor(ama);
    amasOnPeru.score("A", 2);
    amasOnPeru.submit();

    List<MemberProgress> progress =
        ScoringProgress.of(List.of(ama, ola), List.of(fromGhana, fromPeru, fromNepal));

    assertEquals(
        List.of(
            new MemberProgress(
                ama, List.of("SIP-2"), List.of(), List.of("SIP-3"), List.of("SIP-1")),
            new MemberProgress(
                ola, List.of("SIP-1"), List.of("SIP-2"), List.of("SIP-3"), List.of())),
        progress);
    assertFalse(progress.get(0).isDone());
  }

  @Test
  void aMemberWhoseOnlyApplicationsAreRecusedIsDone() {
    ApplicationScoring fromGhana = new ApplicationScoring("SIP-1", grid, new Recusals("GHA"));

    MemberProgress progress = ScoringProgress.of(List.of(ama), List.of(fromGhana)).get(0);

    assertTrue(progress.isDone());
    assertEquals(List.of("SIP-1"), progress.recused());
  }
}
