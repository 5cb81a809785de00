package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.IntSummaryStatistics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicksilver.platform.InvalidInputException;

/**
 * The committee's score sheets for one application. Scoring is blind: a member sees the others'
 * scores only after submitting their own, so the first opinion is their own. Recused members do
 * neither.
 */
public final class ApplicationScoring {
  private static final int WORKING_DECIMALS = 10;

  private final String applicationReference;
  private final ScoringGrid grid;
  private final Recusals recusals;
  private final Map<String, ScoreSheet> sheetsByMemberId = new LinkedHashMap<>();

  public ApplicationScoring(String applicationReference, ScoringGrid grid, Recusals recusals) {
    this.applicationReference =
        Text.required(applicationReference, "programme.application.referenceRequired");
    this.grid = grid;
    this.recusals = recusals;
  }

  /** The member's own sheet, started empty the first time they open it. */
  public ScoreSheet sheetFor(CommitteeMember member) {
    recusals.checkNotRecused(member);
    return sheetsByMemberId.computeIfAbsent(member.id(), id -> new ScoreSheet(member, grid));
  }

  /** The submitted sheets, the member's own among them; refused before they submit their own. */
  public List<ScoreSheet> sheetsVisibleTo(CommitteeMember member) {
    recusals.checkNotRecused(member);
    ScoreSheet own = sheetsByMemberId.get(member.id());
    if (own == null || !own.isSubmitted()) {
      throw new InvalidInputException("programme.scoring.ownSheetFirst", member.id());
    }
    return submittedSheets();
  }

  public ScoringState stateOf(CommitteeMember member) {
    if (recusals.isRecused(member)) {
      return ScoringState.RECUSED;
    }
    ScoreSheet sheet = sheetsByMemberId.get(member.id());
    if (sheet == null) {
      return ScoringState.NOT_STARTED;
    }
    return sheet.isSubmitted() ? ScoringState.SUBMITTED : ScoringState.DRAFT;
  }

  /**
   * The weighted mean of the submitted sheets, out of 100, to two decimals (half to even). Each
   * criterion's mean is first placed on its own scale (its minimum is 0, its maximum 100), so
   * criteria scored on different scales weigh only as much as their weights say. Empty until a
   * sheet is submitted: drafts do not count.
   */
  public Optional<BigDecimal> weightedScore() {
    List<ScoreSheet> submitted = submittedSheets();
    if (submitted.isEmpty()) {
      return Optional.empty();
    }
    BigDecimal total = BigDecimal.ZERO;
    for (Criterion criterion : grid.criteria()) {
      Scale scale = criterion.scale();
      long pointsAboveMinimum =
          submitted.stream().mapToLong(sheet -> scoreOn(sheet, criterion) - scale.min()).sum();
      BigDecimal mostPossible = BigDecimal.valueOf((long) submitted.size() * scale.range());
      total =
          total.add(
              criterion
                  .weightPercent()
                  .multiply(BigDecimal.valueOf(pointsAboveMinimum))
                  .divide(mostPossible, WORKING_DECIMALS, RoundingMode.HALF_EVEN));
    }
    return Optional.of(total.setScale(2, RoundingMode.HALF_EVEN));
  }

  /** Criteria on which submitted sheets lie far apart, in the grid's order. */
  public List<Disagreement> disagreements() {
    List<ScoreSheet> submitted = submittedSheets();
    List<Disagreement> wide = new ArrayList<>();
    if (submitted.size() < 2) {
      return wide;
    }
    for (Criterion criterion : grid.criteria()) {
      IntSummaryStatistics spread =
          submitted.stream().mapToInt(sheet -> scoreOn(sheet, criterion)).summaryStatistics();
      if (Disagreement.isWide(criterion.scale(), spread.getMin(), spread.getMax())) {
        wide.add(new Disagreement(criterion.code(), spread.getMin(), spread.getMax()));
      }
    }
    return wide;
  }

  public List<ScoreSheet> submittedSheets() {
    return sheetsByMemberId.values().stream().filter(ScoreSheet::isSubmitted).toList();
  }

  private static int scoreOn(ScoreSheet sheet, Criterion criterion) {
    // A submitted sheet has every criterion scored; see ScoreSheet.submit.
    return sheet.scoreFor(criterion.code()).orElseThrow();
  }

  public String getApplicationReference() {
    return applicationReference;
  }

  public Recusals getRecusals() {
    return recusals;
  }
}
