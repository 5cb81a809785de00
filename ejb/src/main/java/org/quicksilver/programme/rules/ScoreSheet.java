package org.quicksilver.programme.rules;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import org.quicksilver.platform.InvalidInputException;

/**
 * One member's scores for one application, criterion by criterion. Submitted sheets are final:
 * other members may have read them since, so changing one would rewrite what they saw.
 */
public final class ScoreSheet {
  private final CommitteeMember member;
  private final ScoringGrid grid;
  private final Map<String, Integer> scoresByCode = new LinkedHashMap<>();
  private SheetStatus status = SheetStatus.DRAFT;

  ScoreSheet(CommitteeMember member, ScoringGrid grid) {
    this.member = member;
    this.grid = grid;
  }

  public void score(String criterionCode, int score) {
    checkDraft();
    Criterion criterion = grid.get(criterionCode);
    Scale scale = criterion.scale();
    if (!scale.contains(score)) {
      throw new InvalidInputException(
          "programme.scoring.outOfScale", criterionCode, score, scale.min(), scale.max());
    }
    scoresByCode.put(criterionCode, score);
  }

  public void clear(String criterionCode) {
    checkDraft();
    scoresByCode.remove(grid.get(criterionCode).code());
  }

  /** Submits the sheet once every criterion has a score, naming those still missing otherwise. */
  public void submit() {
    checkDraft();
    List<String> missing = missingCriteria();
    if (!missing.isEmpty()) {
      throw new InvalidInputException("programme.scoring.incomplete", String.join(", ", missing));
    }
    status = SheetStatus.SUBMITTED;
  }

  public List<String> missingCriteria() {
    return grid.criteria().stream()
        .map(Criterion::code)
        .filter(code -> !scoresByCode.containsKey(code))
        .toList();
  }

  public OptionalInt scoreFor(String criterionCode) {
    Integer score = scoresByCode.get(criterionCode);
    return score == null ? OptionalInt.empty() : OptionalInt.of(score);
  }

  public boolean isSubmitted() {
    return status == SheetStatus.SUBMITTED;
  }

  private void checkDraft() {
    if (isSubmitted()) {
      throw new InvalidInputException("programme.scoring.sheetSubmitted", member.id());
    }
  }

  public CommitteeMember getMember() {
    return member;
  }

  public SheetStatus getStatus() {
    return status;
  }

  public Map<String, Integer> getScores() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(scoresByCode));
  }
}
