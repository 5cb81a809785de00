package org.quicksilver.platform;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SavesTest {

  @Test
  void theVersionTheUserSawIsStillTheRecordsSoTheSaveGoesAhead() {
    assertDoesNotThrow(() -> Saves.checkVersion(3, 3));
  }

  @ParameterizedTest(name = "saw {0}, record is at {1}")
  @CsvSource({"3, 4", "4, 3", "0, 1"})
  void someoneSavedInBetweenSoTheSaveIsRefused(long seen, long current) {
    ConcurrentChangeException refused =
        assertThrows(ConcurrentChangeException.class, () -> Saves.checkVersion(seen, current));

    assertEquals("error.concurrentChange", refused.messageKey());
  }
}
