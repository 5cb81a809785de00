package org.quicksilver.funding.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Rows of one file that say the same thing twice (a rate for the same month, a receipt with the
 * same bank reference): both are wrong, since the file does not say which one holds.
 *
 * @param <K> what makes two rows the same
 */
final class Duplicates<K> {
  private final Map<K, List<Integer>> rowsByKey = new HashMap<>();

  void add(K key, int row) {
    if (key != null) {
      rowsByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(row);
    }
  }

  /** Another row of the file with the same key, if there is one. */
  Optional<Integer> otherThan(K key, int row) {
    if (key == null) {
      return Optional.empty();
    }
    return rowsByKey.getOrDefault(key, List.of()).stream().filter(r -> r != row).findFirst();
  }
}
