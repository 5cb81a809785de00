package org.quicksilver.reporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressThrottleTest {
  private static final Instant T0 = Instant.parse("2019-01-15T09:00:00Z");

  @Test
  void aFastReportIsWrittenEveryFivePoints() {
    var throttle = new ProgressThrottle();
    List<Integer> written = new ArrayList<>();
    for (int percent = 0; percent <= 90; percent++) {
      if (throttle.due(percent, T0.plusMillis(percent))) {
        written.add(percent);
      }
    }
    assertEquals(
        List.of(0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50, 55, 60, 65, 70, 75, 80, 85, 90), written);
  }

  @Test
  void aSlowReportIsWrittenEveryHalfSecondItMoves() {
    var throttle = new ProgressThrottle();
    assertTrue(throttle.due(0, T0));
    assertFalse(throttle.due(1, T0.plusMillis(499)), "too soon and too little");
    assertTrue(throttle.due(1, T0.plusMillis(500)));
    assertFalse(throttle.due(1, T0.plusSeconds(10)), "no news is not written");
    assertTrue(throttle.due(2, T0.plusSeconds(10)));
  }

  @Test
  void progressNeverGoesBack() {
    var throttle = new ProgressThrottle();
    assertTrue(throttle.due(40, T0));
    assertFalse(throttle.due(30, T0.plusSeconds(5)));
    assertFalse(throttle.due(40, T0.plusSeconds(5)));
  }
}
