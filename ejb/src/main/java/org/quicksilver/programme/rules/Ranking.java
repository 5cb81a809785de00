package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Applications in order of their weighted score, best first. Equal scores (compared as shown, to
 * the cent of a point) are ordered by application reference, ascending: arbitrary but the same on
 * every run and every report, and the committee settles real ties at the meeting. Applications
 * without a submitted sheet are not ranked; they are listed apart.
 */
public final class Ranking {
  private final List<RankedApplication> ranked;
  private final List<String> unscored;

  private Ranking(List<RankedApplication> ranked, List<String> unscored) {
    this.ranked = List.copyOf(ranked);
    this.unscored = List.copyOf(unscored);
  }

  public static Ranking of(Collection<ApplicationScoring> applications) {
    record Scored(ApplicationScoring scoring, BigDecimal score) {}
    List<Scored> scored = new ArrayList<>();
    List<String> unscored = new ArrayList<>();
    for (ApplicationScoring application : applications) {
      application
          .weightedScore()
          .ifPresentOrElse(
              score -> scored.add(new Scored(application, score)),
              () -> unscored.add(application.getApplicationReference()));
    }
    scored.sort(
        Comparator.comparing(Scored::score)
            .reversed()
            .thenComparing(s -> s.scoring().getApplicationReference()));
    List<RankedApplication> ranked = new ArrayList<>();
    for (Scored line : scored) {
      ApplicationScoring scoring = line.scoring();
      ranked.add(
          new RankedApplication(
              ranked.size() + 1,
              scoring.getApplicationReference(),
              line.score(),
              scoring.submittedSheets().size(),
              scoring.disagreements()));
    }
    unscored.sort(Comparator.naturalOrder());
    return new Ranking(ranked, unscored);
  }

  public List<RankedApplication> ranked() {
    return ranked;
  }

  public List<String> unscored() {
    return unscored;
  }

  public List<String> referencesInOrder() {
    return ranked.stream().map(RankedApplication::applicationReference).toList();
  }
}
