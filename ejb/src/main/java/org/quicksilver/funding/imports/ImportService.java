package org.quicksilver.funding.imports;

import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.List;
import org.apache.shiro.authz.annotation.RequiresPermissions;
import org.quicksilver.funding.ExchangeRateService;
import org.quicksilver.funding.RateForm;
import org.quicksilver.funding.ReceiptForm;
import org.quicksilver.funding.ReceiptService;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.security.Permissions;

/**
 * Imports monthly exchange rates (CSV) and receipts (CSV or XLSX) in two steps. The preview reads
 * and checks every row and saves nothing. The import reads and checks the file again, refuses it
 * whole if any row is wrong, and otherwise saves every new row in one transaction: all or nothing.
 * Rows already saved are skipped, so importing the same file twice adds nothing the second time.
 */
@Stateless
public class ImportService {
  /** The largest file accepted: a year of bank statements is far smaller. */
  public static final int MAX_BYTES = TableReader.MAX_BYTES;

  /** The most rows a file may have: one transaction saves them all. */
  public static final int MAX_ROWS = TableReader.MAX_ROWS;

  /** Posted receipts are let go from memory in batches, so a long file costs no more per row. */
  private static final int CLEAR_EVERY = 200;

  @PersistenceContext private EntityManager em;
  @Resource private SessionContext context;
  @Inject private RateRowCheck rateRows;
  @Inject private ReceiptRowCheck receiptRows;
  @Inject private ReceiptService receipts;
  @Inject private ExchangeRateService rates;
  @Inject private Clock clock;

  /** What importing this rates file would do, row by row; saves nothing. */
  @RequiresPermissions(Permissions.FUNDING_WRITE)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportPreview previewRates(byte[] content, String fileName) {
    return preview(rateRows.check(content, fileName));
  }

  /** Records every new rate of the file, or none if a row is wrong. */
  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public ImportResult applyRates(byte[] content, String fileName) {
    List<Checked<RateForm>> rows = refuseErrors(rateRows.check(content, fileName));
    int added = 0;
    for (Checked<RateForm> row : rows) {
      if (row.isNew()) {
        // a new month, never a correction: a rate recorded since the check is refused, not
        // overwritten, and the whole import rolls back
        rates.save(row.form());
        added++;
      }
    }
    return new ImportResult(added, rows.size() - added);
  }

  /** What importing this receipts file would do, row by row; saves nothing. */
  @RequiresPermissions(Permissions.FUNDING_WRITE)
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public ImportPreview previewReceipts(byte[] content, String fileName) {
    return preview(receiptRows.check(content, fileName));
  }

  /** Posts every new receipt of the file, or none if a row is wrong. */
  @RequiresPermissions(Permissions.FUNDING_WRITE)
  public ImportResult applyReceipts(byte[] content, String fileName) {
    List<Checked<ReceiptForm>> rows = refuseErrors(receiptRows.check(content, fileName));
    int added = 0;
    for (Checked<ReceiptForm> row : rows) {
      if (row.isNew()) {
        // the same path as a receipt typed on the receipts page: every rule is checked again
        receipts.post(row.form());
        if (++added % CLEAR_EVERY == 0) {
          em.clear();
        }
      }
    }
    return new ImportResult(added, rows.size() - added);
  }

  private ImportPreview preview(List<? extends Checked<?>> rows) {
    // whatever the checks touched, a preview's transaction never commits
    context.setRollbackOnly();
    return new ImportPreview(rows.stream().map(Checked::report).toList());
  }

  private static <F> List<Checked<F>> refuseErrors(List<Checked<F>> rows) {
    long wrong = rows.stream().filter(r -> r.report().status() == RowStatus.ERROR).count();
    if (wrong > 0) {
      throw new InvalidInputException("funding.import.hasErrors", wrong);
    }
    return rows;
  }
}
