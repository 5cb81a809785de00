package org.quicksilver.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JobProgressTest {

  /** The store, recording what a job would write. */
  private static final class Recorded extends ReportJobs {
    final List<String> writes = new ArrayList<>();

    @Override
    public void start(long id) {
      writes.add("start");
    }

    @Override
    public void progress(long id, int percent) {
      writes.add(Integer.toString(percent));
    }
  }

  @Test
  void theFirstCallStartsTheJobAndTheFillEndsAtNinetyPercent() {
    var store = new Recorded();
    var progress =
        new JobProgress(
            7, store, Clock.fixed(Instant.parse("2019-01-15T09:00:00Z"), ZoneOffset.UTC));
    for (int done = 0; done <= 10_000; done += 100) {
      progress.progress(done, 10_000);
    }
    assertEquals("start", store.writes.get(0));
    assertEquals(
        "90", store.writes.get(store.writes.size() - 1), "export and keeping take the rest");
    assertTrue(store.writes.size() <= 20, "throttled: " + store.writes);
  }

  @Test
  void anEmptyReportStartsAndFills() {
    var store = new Recorded();
    var progress = new JobProgress(7, store, Clock.systemUTC());
    progress.progress(0, 0);
    progress.progress(0, 0);
    assertEquals(List.of("start", "90"), store.writes);
  }
}
