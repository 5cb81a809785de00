package org.quicksilver.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.quicksilver.platform.QuicksilverException;
import org.quicksilver.reports.ReportRenderer;
import org.quicksilver.reports.ReportRequest;

/**
 * The one renderer of the application (compiled templates are loaded once and cached), with a cap
 * on how many reports fill at once so that large reports cannot exhaust the server's memory.
 */
@ApplicationScoped
public class ReportEngine {
  private static final int FILLING_AT_ONCE = 2;

  private final ReportRenderer renderer = new ReportRenderer();
  private final Semaphore slots = new Semaphore(FILLING_AT_ONCE, true);

  public byte[] render(ReportRequest request) {
    try {
      if (!slots.tryAcquire(60, TimeUnit.SECONDS)) {
        throw new QuicksilverException("report.busy");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new QuicksilverException("report.busy");
    }
    try {
      return renderer.render(request);
    } finally {
      slots.release();
    }
  }
}
