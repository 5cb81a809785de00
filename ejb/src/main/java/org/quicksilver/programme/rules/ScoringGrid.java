package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.quicksilver.platform.InvalidInputException;

/**
 * A round's criteria. Weights are percentages that must add up to exactly 100, so a weighted score
 * reads as "out of 100" and nobody wonders how the weights were normalised.
 */
public final class ScoringGrid {
  static final BigDecimal HUNDRED = new BigDecimal("100");

  private final Map<String, Criterion> criteriaByCode = new LinkedHashMap<>();

  public ScoringGrid(List<Criterion> criteria) {
    if (criteria.isEmpty()) {
      throw new InvalidInputException("programme.criteria.none");
    }
    for (Criterion criterion : criteria) {
      if (criteriaByCode.putIfAbsent(criterion.code(), criterion) != null) {
        throw new InvalidInputException("programme.criteria.duplicateCode", criterion.code());
      }
    }
    BigDecimal total =
        criteria.stream().map(Criterion::weightPercent).reduce(BigDecimal.ZERO, BigDecimal::add);
    if (total.compareTo(HUNDRED) != 0) {
      throw new InvalidInputException("programme.criteria.weightsNotHundred", total);
    }
  }

  public List<Criterion> criteria() {
    return List.copyOf(criteriaByCode.values());
  }

  public Optional<Criterion> find(String code) {
    return Optional.ofNullable(criteriaByCode.get(code));
  }

  /** Refuses a code the round does not have: a typo must not become an ignored score. */
  public Criterion get(String code) {
    return find(code)
        .orElseThrow(() -> new InvalidInputException("programme.scoring.unknownCriterion", code));
  }
}
