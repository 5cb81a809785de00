package org.quicksilver.web.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.programme.RankingLine;
import org.quicksilver.programme.RankingService;
import org.quicksilver.programme.RoundOption;
import org.quicksilver.programme.RoundRanking;

/** A round's ranking with the funding envelope beside it, and the committee's progress. */
@Named
@ViewScoped
public class RankingView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private RankingService rankings;

  private Long roundId;
  private RoundRanking ranking;
  private List<RoundOption> rounds;

  public void load() throws IOException {
    rounds = rankings.rounds();
    if (rounds.isEmpty()) {
      return;
    }
    try {
      ranking = rankings.ranking(roundId);
      roundId = ranking.roundId();
    } catch (RecordNotFoundException unknown) {
      Faces.responseSendError(404, "");
    }
  }

  /** The style of a ranking line: its coverage, and the funding line above the first unfunded. */
  public String rowStyle(RankingLine line) {
    return "qs-coverage-" + line.coverage() + (line.firstBelowLine() ? " qs-cut-line" : "");
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public RoundRanking getRanking() {
    return ranking;
  }

  public List<RoundOption> getRounds() {
    return rounds;
  }
}
