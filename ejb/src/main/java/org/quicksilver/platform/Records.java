package org.quicksilver.platform;

import jakarta.persistence.EntityManager;

/** Finds a record a request names, or refuses with a translatable "not found". */
public final class Records {
  private Records() {}

  public static <T> T find(EntityManager em, Class<T> type, Object id) {
    T found = id == null ? null : em.find(type, id);
    if (found == null) {
      throw new RecordNotFoundException(String.valueOf(id));
    }
    return found;
  }
}
