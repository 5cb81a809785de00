package org.quicksilver.funding.imports;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import org.quicksilver.funding.Pledge;
import org.quicksilver.funding.Receipt;
import org.quicksilver.funding.ReceiptForm;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.reference.Currency;
import org.quicksilver.security.CurrentUser;

/**
 * Judges a new row by the rules a receipt is posted by: the receipt form's constraints, the
 * currency's minor units, the rate table, and the receipt's own invariants (it is built, never
 * saved). Each refusal is put against the column that caused it.
 */
@Dependent
class ReceiptPostingCheck {
  /** The file's column for each property of the receipt form. */
  private static final Map<String, String> COLUMNS =
      Map.of(
          "donorId", ReceiptLine.DONOR,
          "earmarkId", ReceiptLine.EARMARK,
          "pledgeId", ReceiptLine.PLEDGE_REFERENCE,
          "receivedOn", ReceiptLine.DATE,
          "amount", ReceiptLine.AMOUNT,
          "currencyCode", ReceiptLine.CURRENCY,
          "unitsPerUsd", ReceiptLine.RATE,
          "rateOverrideReason", ReceiptLine.RATE_REASON,
          "bankReference", ReceiptLine.BANK_REFERENCE);

  @Inject private Validator validator;
  @Inject private Clock clock;

  /** The form ReceiptService.post will be given, or null if the row breaks a rule. */
  ReceiptForm check(NamedReceipt named, RateAnswers rates) {
    ReceiptForm form = form(named);
    Violations.report(validator.validate(form), COLUMNS, named.errors());
    if (!named.errors().any()) {
      checkAsPosted(named, rates);
    }
    return named.errors().any() ? null : form;
  }

  private static ReceiptForm form(NamedReceipt named) {
    ReceiptLine line = named.line();
    ReceiptForm form = new ReceiptForm();
    form.setDonorId(named.donor() == null ? null : named.donor().getId());
    form.setEarmarkId(named.earmark() == null ? null : named.earmark().getId());
    form.setPledgeId(named.pledge() == null ? null : named.pledge().getId());
    form.setReceivedOn(line.receivedOn());
    form.setAmount(line.amount());
    form.setCurrencyCode(line.currencyCode());
    form.setUnitsPerUsd(line.unitsPerUsd());
    form.setRateOverrideReason(line.rateReason());
    form.setBankReference(line.bankReference());
    return form;
  }

  private void checkAsPosted(NamedReceipt named, RateAnswers rates) {
    ReceiptLine line = named.line();
    RowErrors errors = named.errors();
    Currency currency = named.currency();
    BigDecimal exact;
    try {
      exact = currency.exact(line.amount());
    } catch (InvalidInputException tooFine) {
      errors.add(
          ReceiptLine.AMOUNT,
          "funding.import.finerThanCurrency",
          line.amount().toPlainString(),
          currency.getCode(),
          currency.getMinorUnits());
      return;
    }
    RateTrial.Answer rate =
        rates.resolve(currency.getCode(), line.receivedOn(), line.unitsPerUsd(), line.rateReason());
    if (rate.refusal() != null) {
      errors.add(rateColumn(rate.refusal()), rate.refusal());
      return;
    }
    Pledge pledge = named.pledge();
    // ReceiptService.post checks this one itself, before Receipt.post: same rule, same message
    if (pledge != null && !pledge.getEarmark().getId().equals(named.earmark().getId())) {
      errors.add(ReceiptLine.PLEDGE_REFERENCE, "funding.receipt.pledgeEarmark");
      return;
    }
    try {
      Receipt.post(
          new Receipt.Destination(named.donor(), named.earmark(), pledge),
          line.receivedOn(),
          exact,
          currency.getCode(),
          rate.rate(),
          line.bankReference(),
          CurrentUser.username(),
          Instant.now(clock));
    } catch (InvalidInputException refused) {
      errors.add(postColumn(refused), refused);
    }
  }

  private static String rateColumn(InvalidInputException refusal) {
    return "funding.rate.overrideReasonRequired".equals(refusal.messageKey())
        ? ReceiptLine.RATE_REASON
        : ReceiptLine.RATE;
  }

  private static String postColumn(InvalidInputException refusal) {
    return switch (refusal.messageKey()) {
      case "funding.receipt.pledgeCurrency" -> ReceiptLine.CURRENCY;
      case "funding.receipt.pledgeOfAnotherDonor" -> ReceiptLine.PLEDGE_REFERENCE;
      default -> ReceiptLine.AMOUNT;
    };
  }
}
