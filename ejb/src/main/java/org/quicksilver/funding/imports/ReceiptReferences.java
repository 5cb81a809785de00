package org.quicksilver.funding.imports;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.quicksilver.funding.Earmark;
import org.quicksilver.funding.Pledge;
import org.quicksilver.reference.Currency;
import org.quicksilver.reference.Organisation;

/**
 * What a receipts file names, found by what a bank statement says: a donor by its name or its
 * acronym (ignoring case), a fund and earmark by their codes, a pledge by the donor's reference.
 * The reference data is read once per file, not once per row.
 */
final class ReceiptReferences {
  private final EntityManager em;
  private final Map<String, List<Organisation>> byName;
  private final Map<String, List<Organisation>> byAcronym;
  private final Map<String, Map<String, Earmark>> earmarksByFund;
  private final Map<String, Currency> currencies;
  private final Map<String, Optional<Pledge>> pledges = new HashMap<>();

  ReceiptReferences(EntityManager em) {
    this.em = em;
    List<Organisation> organisations =
        em.createQuery("select o from Organisation o", Organisation.class).getResultList();
    byName = organisations.stream().collect(Collectors.groupingBy(o -> key(o.getName())));
    byAcronym =
        organisations.stream()
            .filter(o -> o.getAcronym() != null)
            .collect(Collectors.groupingBy(o -> key(o.getAcronym())));
    earmarksByFund =
        em.createQuery("select e from Earmark e join fetch e.fund", Earmark.class)
            .getResultStream()
            .collect(
                Collectors.groupingBy(
                    e -> key(e.getFund().getCode()),
                    Collectors.toMap(e -> key(e.getCode()), e -> e)));
    currencies =
        em.createQuery("select c from Currency c", Currency.class)
            .getResultStream()
            .collect(Collectors.toMap(Currency::getCode, c -> c));
  }

  /** The organisation of that name, or else of that acronym; two of them is no answer. */
  Organisation donor(String text, RowErrors errors) {
    if (text == null) {
      return null;
    }
    List<Organisation> found = byName.getOrDefault(key(text), List.of());
    if (found.isEmpty()) {
      found = byAcronym.getOrDefault(key(text), List.of());
    }
    if (found.size() == 1) {
      return found.get(0);
    }
    errors.add(
        ReceiptLine.DONOR,
        found.isEmpty() ? "funding.import.unknownDonor" : "funding.import.ambiguousDonor",
        text);
    return null;
  }

  Earmark earmark(String fund, String earmark, RowErrors errors) {
    if (fund == null) {
      return null;
    }
    Map<String, Earmark> ofFund = earmarksByFund.get(key(fund));
    if (ofFund == null) {
      errors.add(ReceiptLine.FUND, "funding.import.unknownFund", fund);
      return null;
    }
    if (earmark == null) {
      return null;
    }
    Earmark found = ofFund.get(key(earmark));
    if (found == null) {
      errors.add(ReceiptLine.EARMARK, "funding.import.unknownEarmark", fund, earmark);
    }
    return found;
  }

  Currency currency(String code, RowErrors errors) {
    if (code == null) {
      return null;
    }
    Currency found = currencies.get(code);
    if (found == null) {
      errors.add(ReceiptLine.CURRENCY, "funding.import.unknownCurrency", code);
    }
    return found;
  }

  /** The donor's pledge with that reference, if the row names one. */
  Pledge pledge(Organisation donor, String reference, RowErrors errors) {
    if (donor == null || reference == null) {
      return null;
    }
    Optional<Pledge> found =
        pledges.computeIfAbsent(
            donor.getId() + "\n" + reference,
            k ->
                em.createQuery(
                        "select p from Pledge p where p.donor = :donor and p.reference = :reference",
                        Pledge.class)
                    .setParameter("donor", donor)
                    .setParameter("reference", reference)
                    .getResultStream()
                    .findFirst());
    if (found.isEmpty()) {
      errors.add(
          ReceiptLine.PLEDGE_REFERENCE, "funding.import.unknownPledge", donor.getName(), reference);
    }
    return found.orElse(null);
  }

  private static String key(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }
}
