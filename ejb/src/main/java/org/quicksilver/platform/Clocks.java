package org.quicksilver.platform;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The clock services read "today" from: one place, so tests and reports "as of" can set it. */
@ApplicationScoped
public class Clocks {
  @Produces
  Clock clock() {
    return Clock.systemDefaultZone();
  }
}
