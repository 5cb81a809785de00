package org.quicksilver.funding.imports;

import org.quicksilver.funding.Earmark;
import org.quicksilver.funding.Pledge;
import org.quicksilver.reference.Currency;
import org.quicksilver.reference.Organisation;

/**
 * A row of a receipts file with the records it names (null where a name matched nothing, which is
 * then among the row's errors).
 */
record NamedReceipt(
    TableRow row,
    RowErrors errors,
    ReceiptLine line,
    Organisation donor,
    Earmark earmark,
    Currency currency,
    Pledge pledge) {

  static NamedReceipt read(TableRow row, ReceiptReferences references) {
    RowErrors errors = new RowErrors();
    ReceiptLine line = ReceiptLine.read(row, errors);
    Organisation donor = references.donor(line.donor(), errors);
    return new NamedReceipt(
        row,
        errors,
        line,
        donor,
        references.earmark(line.fund(), line.earmark(), errors),
        references.currency(line.currencyCode(), errors),
        references.pledge(donor, line.pledgeReference(), errors));
  }

  /** What makes a receipt the same as another: its donor and its bank reference. */
  String key() {
    return donor == null || line.bankReference() == null
        ? null
        : key(donor.getId(), line.bankReference());
  }

  static String key(Object donorId, String bankReference) {
    return donorId + "\n" + bankReference;
  }
}
