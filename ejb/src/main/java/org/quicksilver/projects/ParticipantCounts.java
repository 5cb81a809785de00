package org.quicksilver.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.quicksilver.projects.rules.ParticipantTotals;

/**
 * Who took part, in counts only ({@link ParticipantTotals} as pages and donors read it): every
 * region, gender and role with zero where nobody came, the countries that sent someone, and funded
 * travel by fund and earmark. Never a name.
 *
 * @param femaleShare in percent; null when nobody took part
 */
public record ParticipantCounts(
    int total,
    List<Line> byRegion,
    List<Line> byCountry,
    List<Line> byGender,
    List<Line> byRole,
    int fundedTravel,
    List<Line> fundedTravelBySource,
    BigDecimal femaleShare)
    implements Serializable {

  /**
   * @param countryNames names by ISO code, for the countries' lines
   */
  static ParticipantCounts of(ParticipantTotals totals, Map<String, String> countryNames) {
    return new ParticipantCounts(
        totals.total(),
        totals.byRegion().entrySet().stream()
            .map(e -> new Line(e.getKey().name(), e.getKey().name(), e.getValue()))
            .toList(),
        totals.byCountry().entrySet().stream()
            .map(
                e ->
                    new Line(
                        e.getKey(),
                        countryNames.getOrDefault(e.getKey(), e.getKey()),
                        e.getValue()))
            .toList(),
        totals.byGender().entrySet().stream()
            .map(e -> new Line(e.getKey().name(), e.getKey().name(), e.getValue()))
            .toList(),
        totals.byRole().entrySet().stream()
            .map(e -> new Line(e.getKey().name(), e.getKey().name(), e.getValue()))
            .toList(),
        totals.fundedTravel(),
        totals.fundedTravelByEarmark().entrySet().stream()
            .map(
                e -> {
                  String label =
                      e.getKey().fundCode()
                          + e.getKey().earmarkCode().map(code -> " · " + code).orElse("");
                  return new Line(label, label, e.getValue());
                })
            .toList(),
        totals.femaleShare().orElse(null));
  }

  public int count(List<Line> lines, String key) {
    return lines.stream().filter(l -> l.key().equals(key)).mapToInt(Line::count).sum();
  }
}
