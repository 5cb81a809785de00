package org.quicksilver.funding.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DuplicatesTest {
  @Test
  void eachOfTwoRowsWithTheSameKeyIsToldTheOther() {
    Duplicates<String> twins = new Duplicates<>();
    twins.add("EUR 2018-07", 2);
    twins.add("CHF 2018-07", 3);
    twins.add("EUR 2018-07", 9);
    twins.add(null, 10);

    assertEquals(Optional.of(9), twins.otherThan("EUR 2018-07", 2));
    assertEquals(Optional.of(2), twins.otherThan("EUR 2018-07", 9));
    assertEquals(Optional.empty(), twins.otherThan("CHF 2018-07", 3));
    assertEquals(Optional.empty(), twins.otherThan(null, 10), "a row without a key has no twin");
  }
}
