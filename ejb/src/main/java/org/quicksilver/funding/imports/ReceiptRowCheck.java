package org.quicksilver.funding.imports;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.quicksilver.funding.ReceiptForm;

/**
 * Checks every row of a receipts file (a bank statement export). A row whose donor and bank
 * reference are already posted is skipped, whatever else it says: that is what makes importing a
 * statement twice harmless. The same donor and bank reference twice in the file is an error on both
 * rows. Every other row is judged as if it were posted.
 */
@Dependent
class ReceiptRowCheck {
  /** Bank references asked for at once, well under any database's limit on parameters. */
  private static final int QUERY_CHUNK = 500;

  @PersistenceContext private EntityManager em;
  @Inject private ReceiptPostingCheck posting;
  @Inject private RateTrial rateTrial;

  List<Checked<ReceiptForm>> check(byte[] content, String fileName) {
    Table table =
        TableReader.read(
            content, fileName, Set.of(FileKind.CSV, FileKind.XLSX), ReceiptLine.REQUIRED);
    ReceiptReferences references = new ReceiptReferences(em);
    List<NamedReceipt> rows = new ArrayList<>();
    Duplicates<String> twins = new Duplicates<>();
    for (TableRow row : table.rows()) {
      NamedReceipt named = NamedReceipt.read(row, references);
      rows.add(named);
      twins.add(named.key(), row.number());
    }
    Set<String> posted = posted(rows);
    RateAnswers rates = new RateAnswers(rateTrial);
    List<Checked<ReceiptForm>> checked = new ArrayList<>();
    for (NamedReceipt named : rows) {
      checked.add(check(named, twins, posted, rates));
    }
    return checked;
  }

  private Checked<ReceiptForm> check(
      NamedReceipt named, Duplicates<String> twins, Set<String> posted, RateAnswers rates) {
    ReceiptForm form = null;
    RowStatus status;
    Optional<Integer> twin = twins.otherThan(named.key(), named.row().number());
    if (twin.isPresent()) {
      named
          .errors()
          .add(
              ReceiptLine.BANK_REFERENCE,
              "funding.import.receiptTwice",
              named.line().bankReference(),
              twin.get());
      status = RowStatus.ERROR;
    } else if (posted.contains(named.key())) {
      status = RowStatus.ALREADY_RECORDED;
    } else {
      form = posting.check(named, rates);
      status = form == null ? RowStatus.ERROR : RowStatus.NEW;
    }
    ImportRow report =
        new ImportRow(
            named.row().number(),
            status,
            named.row().summary(ReceiptLine.COLUMNS),
            named.errors().list());
    return new Checked<>(report, form);
  }

  /** The donor and bank reference pairs of the file that are already posted. */
  private Set<String> posted(List<NamedReceipt> rows) {
    List<String> references =
        rows.stream()
            .map(n -> n.line().bankReference())
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    Set<String> posted = new HashSet<>();
    for (int i = 0; i < references.size(); i += QUERY_CHUNK) {
      em.createQuery(
              "select r.donor.id, r.bankReference from Receipt r"
                  + " where r.bankReference in :references",
              Object[].class)
          .setParameter(
              "references", references.subList(i, Math.min(i + QUERY_CHUNK, references.size())))
          .getResultStream()
          .forEach(pair -> posted.add(NamedReceipt.key(pair[0], (String) pair[1])));
    }
    return posted;
  }
}
