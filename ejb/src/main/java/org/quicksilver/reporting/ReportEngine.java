package org.quicksilver.reporting;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.quicksilver.platform.QuicksilverException;
import org.quicksilver.reports.ProgressListener;
import org.quicksilver.reports.ReportRenderer;
import org.quicksilver.reports.ReportRequest;

/**
 * The one renderer of the application (compiled templates are loaded once and cached), with a cap
 * on how many reports fill at once on this server so that large reports cannot exhaust its memory
 * (each fill also pages out to a gzip virtualizer).
 *
 * <p>A download from a page waits at most {@link #INTERACTIVE_PATIENCE} for a fill slot, then is
 * told the server is busy. A background job (a render with a listener) waits longer: nobody's page
 * is held, and the job shows QUEUED until its fill begins. It still gives up after {@link
 * #BACKGROUND_PATIENCE}, inside the report service's transaction timeout (five minutes by default).
 * Slots are handed out first come, first served, so a queue of jobs cannot starve downloads.
 */
@ApplicationScoped
public class ReportEngine {
  /** Reports filling at once on one server. */
  static final int FILLING_AT_ONCE = 2;

  static final Duration INTERACTIVE_PATIENCE = Duration.ofSeconds(60);
  static final Duration BACKGROUND_PATIENCE = Duration.ofMinutes(4);

  private final ReportRenderer renderer = new ReportRenderer();
  private final Semaphore slots = new Semaphore(FILLING_AT_ONCE, true);

  /** Renders for a person waiting on the page. */
  public byte[] render(ReportRequest request) {
    return render(request, ProgressListener.NONE, INTERACTIVE_PATIENCE);
  }

  /**
   * Renders for a background job, telling {@code progress} how far the fill has gone; its first
   * call means the fill has its slot and begins.
   */
  public byte[] render(ReportRequest request, ProgressListener progress) {
    return progress == ProgressListener.NONE
        ? render(request)
        : render(request, progress, BACKGROUND_PATIENCE);
  }

  private byte[] render(ReportRequest request, ProgressListener progress, Duration patience) {
    try {
      if (!slots.tryAcquire(patience.toMillis(), TimeUnit.MILLISECONDS)) {
        throw new QuicksilverException("report.busy");
      }
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new QuicksilverException("report.busy");
    }
    try {
      return renderer.render(request, progress);
    } finally {
      slots.release();
    }
  }
}
