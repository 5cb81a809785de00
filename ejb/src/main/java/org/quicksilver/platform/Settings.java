package org.quicksilver.platform;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;

/**
 * The few settings that come from the environment (the database ones are read by the server from
 * the EAR's application.xml). Read on each call: nothing is cached in static state.
 */
@ApplicationScoped
public class Settings {
  /** Demo mode loads the demo data set and the demo accounts with their known password. */
  public boolean demoMode() {
    return Boolean.parseBoolean(env("QUICKSILVER_DEMO").orElse("false"));
  }

  /** The first administrator's password, used once when no administrator exists yet. */
  public Optional<String> initialAdminPassword() {
    return env("QUICKSILVER_ADMIN_PASSWORD").filter(p -> !p.isBlank());
  }

  private static Optional<String> env(String name) {
    return Optional.ofNullable(System.getenv(name))
        .or(() -> Optional.ofNullable(System.getProperty(name)));
  }
}
