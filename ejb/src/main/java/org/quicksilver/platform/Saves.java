package org.quicksilver.platform;

import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Flushes a change now, inside the service, so that a unique key or a concurrent save is refused as
 * a typed, translatable error instead of surfacing at commit as a bare exception.
 */
public final class Saves {
  private Saves() {}

  public static void flush(EntityManager em, Supplier<? extends QuicksilverException> duplicate) {
    try {
      em.flush();
    } catch (OptimisticLockException stale) {
      throw new ConcurrentChangeException();
    } catch (PersistenceException failure) {
      if (isIntegrityViolation(failure)) {
        throw duplicate.get();
      }
      throw failure;
    }
  }

  /** The version the user saw must still be the record's: otherwise someone saved in between. */
  public static void checkVersion(long seen, long current) {
    if (seen != current) {
      throw new ConcurrentChangeException();
    }
  }

  private static boolean isIntegrityViolation(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("23")) {
        return true;
      }
    }
    return false;
  }
}
