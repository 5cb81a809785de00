package org.quicksilver.projects.rules;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.quicksilver.reference.RegionalGroup;

/**
 * Who took part, in counts only: by region, country, gender and role, and how many travelled on
 * which fund or earmark. This is the donor-safe view of participants: it holds numbers, never a
 * name, so it can be shown to a donor viewer or printed in a donor report. Every region, gender and
 * role is listed, with zero where nobody came, so tables keep the same columns from one report to
 * the next.
 */
public final class ParticipantTotals {
  private final int total;
  private final Map<RegionalGroup, Integer> byRegion;
  private final SortedMap<String, Integer> byCountry;
  private final Map<Gender, Integer> byGender;
  private final Map<ParticipantRole, Integer> byRole;
  private final SortedMap<TravelFunding, Integer> fundedTravelByEarmark;

  private ParticipantTotals(
      int total,
      Map<RegionalGroup, Integer> byRegion,
      SortedMap<String, Integer> byCountry,
      Map<Gender, Integer> byGender,
      Map<ParticipantRole, Integer> byRole,
      SortedMap<TravelFunding, Integer> fundedTravelByEarmark) {
    this.total = total;
    this.byRegion = Collections.unmodifiableMap(byRegion);
    this.byCountry = Collections.unmodifiableSortedMap(byCountry);
    this.byGender = Collections.unmodifiableMap(byGender);
    this.byRole = Collections.unmodifiableMap(byRole);
    this.fundedTravelByEarmark = Collections.unmodifiableSortedMap(fundedTravelByEarmark);
  }

  public static ParticipantTotals of(Collection<Participation> participations) {
    Map<RegionalGroup, Integer> byRegion = zeros(RegionalGroup.class);
    SortedMap<String, Integer> byCountry = new TreeMap<>();
    Map<Gender, Integer> byGender = zeros(Gender.class);
    Map<ParticipantRole, Integer> byRole = zeros(ParticipantRole.class);
    SortedMap<TravelFunding, Integer> funded = new TreeMap<>(TravelFunding.BY_CODES);
    for (Participation participation : participations) {
      byRegion.merge(participation.region(), 1, Integer::sum);
      byCountry.merge(participation.countryCode(), 1, Integer::sum);
      byGender.merge(participation.gender(), 1, Integer::sum);
      byRole.merge(participation.role(), 1, Integer::sum);
      participation.travelFunding().ifPresent(source -> funded.merge(source, 1, Integer::sum));
    }
    return new ParticipantTotals(
        participations.size(), byRegion, byCountry, byGender, byRole, funded);
  }

  /** Adds up two sets of totals, e.g. every activity of a project held in a period. */
  public ParticipantTotals plus(ParticipantTotals other) {
    Map<RegionalGroup, Integer> region = new EnumMap<>(byRegion);
    other.byRegion.forEach((key, count) -> region.merge(key, count, Integer::sum));
    SortedMap<String, Integer> country = new TreeMap<>(byCountry);
    other.byCountry.forEach((key, count) -> country.merge(key, count, Integer::sum));
    Map<Gender, Integer> gender = new EnumMap<>(byGender);
    other.byGender.forEach((key, count) -> gender.merge(key, count, Integer::sum));
    Map<ParticipantRole, Integer> role = new EnumMap<>(byRole);
    other.byRole.forEach((key, count) -> role.merge(key, count, Integer::sum));
    SortedMap<TravelFunding, Integer> funded = new TreeMap<>(TravelFunding.BY_CODES);
    funded.putAll(fundedTravelByEarmark);
    other.fundedTravelByEarmark.forEach((key, count) -> funded.merge(key, count, Integer::sum));
    return new ParticipantTotals(total + other.total, region, country, gender, role, funded);
  }

  private static <E extends Enum<E>> Map<E, Integer> zeros(Class<E> keys) {
    Map<E, Integer> counts = new EnumMap<>(keys);
    for (E key : keys.getEnumConstants()) {
      counts.put(key, 0);
    }
    return counts;
  }

  public int total() {
    return total;
  }

  /** Every UN regional group, in the order the Convention lists them. */
  public Map<RegionalGroup, Integer> byRegion() {
    return byRegion;
  }

  /** Only the countries that sent someone, by ISO code. */
  public SortedMap<String, Integer> byCountry() {
    return byCountry;
  }

  public Map<Gender, Integer> byGender() {
    return byGender;
  }

  public Map<ParticipantRole, Integer> byRole() {
    return byRole;
  }

  public int fundedTravel() {
    return fundedTravelByEarmark.values().stream().mapToInt(Integer::intValue).sum();
  }

  /** Funded travellers by fund and earmark; a fund's unearmarked money comes first. */
  public SortedMap<TravelFunding, Integer> fundedTravelByEarmark() {
    return fundedTravelByEarmark;
  }

  /** The share of women, in percent; empty when nobody took part, rather than a made-up zero. */
  public Optional<BigDecimal> femaleShare() {
    if (total == 0) {
      return Optional.empty();
    }
    return Optional.of(Percent.of(byGender.get(Gender.FEMALE), total));
  }
}
