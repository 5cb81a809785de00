package org.quicksilver.funding.imports;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.funding.RateApplied;
import org.quicksilver.funding.RateTable;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.security.Permissions;

/**
 * Asks the rate table which rate a receipt would be converted at, outside the caller's transaction.
 * A refusal thrown by an enterprise bean marks the transaction it runs in for rollback, after which
 * the database refuses every statement; a check of a whole file must go on to the next row, so the
 * question runs in a transaction of its own and its refusal comes back as an answer.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RateTrial {
  @Inject private RateTable rates;

  /** The rate applied, or the refusal RateTable gave. */
  public record Answer(RateApplied rate, InvalidInputException refusal) {}

  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public Answer resolve(
      String currencyCode, LocalDate on, BigDecimal entered, String overrideReason) {
    try {
      return new Answer(rates.resolve(currencyCode, on, entered, overrideReason), null);
    } catch (InvalidInputException refused) {
      return new Answer(null, refused);
    }
  }
}
