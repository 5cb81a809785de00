package org.quicksilver.funding;

import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The status of contributions by fund, donor and currency as of a date: three grouped queries over
 * posted pledges and receipts, merged here. Every figure is a sum of posted lines. Callers check
 * permissions (the funding and reporting services).
 */
@Stateless
public class ContributionsStatus {
  @PersistenceContext private EntityManager em;

  private record Key(Long fund, Long donor, String currency) {}

  private static final class Totals {
    String fundCode;
    String donorName;
    BigDecimal pledged = BigDecimal.ZERO;
    BigDecimal pledgedUsd = BigDecimal.ZERO;
    BigDecimal recognisedUsd = BigDecimal.ZERO;
    BigDecimal received = BigDecimal.ZERO;
    BigDecimal receivedUsd = BigDecimal.ZERO;
    BigDecimal outstanding = BigDecimal.ZERO;
    BigDecimal outstandingUsd = BigDecimal.ZERO;
  }

  /**
   * @param asOf the date the figures are for: pledges made and receipts received up to it
   * @param donorId one donor's lines only, or null for every donor
   */
  public List<ContributionLine> asOf(@NotNull LocalDate asOf, Long donorId) {
    Map<Key, Totals> lines =
        new TreeMap<>(
            Comparator.comparing(Key::fund).thenComparing(Key::donor).thenComparing(Key::currency));
    rows(
            "select p.fund.id, p.fund.code, p.donor.id, p.donor.name, p.currencyCode, p.kind,"
                + " p.amount, p.usdValue, p.unitsPerUsd, p.writtenOffOn,"
                + " (select coalesce(sum(r.amount), 0) from Receipt r where r.pledge = p"
                + " and r.receivedOn <= :asOf)"
                + " from Pledge p where p.pledgedOn <= :asOf"
                + (donorId == null ? "" : " and p.donor.id = :donor"),
            asOf,
            donorId)
        .forEach(
            row -> {
              Totals t = line(lines, row);
              BigDecimal amount = (BigDecimal) row[6];
              BigDecimal usd = (BigDecimal) row[7];
              t.pledged = t.pledged.add(amount);
              t.pledgedUsd = t.pledgedUsd.add(usd);
              if (((PledgeKind) row[5]).isRecognisedWhenSigned()) {
                t.recognisedUsd = t.recognisedUsd.add(usd);
              }
              LocalDate writtenOff = (LocalDate) row[9];
              BigDecimal unpaid = amount.subtract((BigDecimal) row[10]);
              if (unpaid.signum() > 0 && (writtenOff == null || writtenOff.isAfter(asOf))) {
                t.outstanding = t.outstanding.add(unpaid);
                t.outstandingUsd =
                    t.outstandingUsd.add(
                        unpaid.divide((BigDecimal) row[8], 2, RoundingMode.HALF_EVEN));
              }
            });
    rows(
            "select r.fund.id, r.fund.code, r.donor.id, r.donor.name, r.currencyCode,"
                + " sum(r.amount), sum(r.usdAmount) from Receipt r where r.receivedOn <= :asOf"
                + (donorId == null ? "" : " and r.donor.id = :donor")
                + " group by r.fund.id, r.fund.code, r.donor.id, r.donor.name, r.currencyCode",
            asOf,
            donorId)
        .forEach(
            row -> {
              Totals t = line(lines, row);
              t.received = t.received.add((BigDecimal) row[5]);
              t.receivedUsd = t.receivedUsd.add((BigDecimal) row[6]);
            });
    List<ContributionLine> result = new ArrayList<>();
    lines.forEach(
        (key, t) ->
            result.add(
                new ContributionLine(
                    key.fund(),
                    t.fundCode,
                    key.donor(),
                    t.donorName,
                    key.currency(),
                    t.pledged,
                    t.pledgedUsd,
                    t.recognisedUsd,
                    t.received,
                    t.receivedUsd,
                    t.outstanding,
                    t.outstandingUsd)));
    result.sort(
        Comparator.comparing(ContributionLine::fundCode)
            .thenComparing(ContributionLine::donorName)
            .thenComparing(ContributionLine::currencyCode));
    return result;
  }

  private java.util.stream.Stream<Object[]> rows(String jpql, LocalDate asOf, Long donorId) {
    var query = em.createQuery(jpql, Object[].class).setParameter("asOf", asOf);
    if (donorId != null) {
      query.setParameter("donor", donorId);
    }
    return query.getResultStream();
  }

  private static Totals line(Map<Key, Totals> lines, Object[] row) {
    Totals t =
        lines.computeIfAbsent(
            new Key((Long) row[0], (Long) row[2], (String) row[4]), k -> new Totals());
    t.fundCode = (String) row[1];
    t.donorName = (String) row[3];
    return t;
  }
}
