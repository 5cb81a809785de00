package org.quicksilver.reports;

import java.util.Collection;
import java.util.Objects;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;

/**
 * The bean data source of a request's rows, counting the rows the fill takes and telling a {@link
 * ProgressListener} every {@link #step(int)} rows: about a hundred calls per report, whatever its
 * size, so that watching costs nothing next to filling.
 */
final class ProgressReportingDataSource implements JRDataSource {
  private final JRDataSource rows;
  private final ProgressListener listener;
  private final int total;
  private final int step;
  private int done;
  private boolean finished;

  ProgressReportingDataSource(Collection<?> rows, ProgressListener listener) {
    this.rows = new JRBeanCollectionDataSource(rows);
    this.listener = Objects.requireNonNull(listener, "listener");
    this.total = rows.size();
    this.step = step(total);
  }

  /** Rows between two calls: one hundredth of the rows, at least one. */
  static int step(int total) {
    return Math.max(1, total / 100);
  }

  /** Tells the listener the fill begins. */
  void start() {
    listener.progress(0, total);
  }

  @Override
  public boolean next() throws JRException {
    boolean more = rows.next();
    if (more) {
      done++;
      if (done % step == 0 && done < total) {
        listener.progress(done, total);
      }
    } else if (!finished) {
      finished = true;
      listener.progress(done, total);
    }
    return more;
  }

  @Override
  public Object getFieldValue(JRField field) throws JRException {
    return rows.getFieldValue(field);
  }
}
