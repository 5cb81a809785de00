package org.quicksilver.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageQueryTest {

  @Test
  void aNegativeOffsetStartsAtTheFirstRow() {
    assertEquals(0, new PageQuery(-5, 20, null, true, null).first());
  }

  @Test
  void aPositiveOffsetIsKept() {
    assertEquals(40, new PageQuery(40, 20, null, true, null).first());
  }

  @ParameterizedTest(name = "asked for {0}, gets {1}")
  @CsvSource({"-3, 1", "0, 1", "1, 1", "25, 25", "200, 200", "201, 200", "10000, 200"})
  void thePageSizeIsClampedBetweenOneAndTwoHundred(int asked, int given) {
    assertEquals(given, new PageQuery(0, asked, null, true, null).size());
  }

  @Test
  void noFiltersMeansAnEmptyMap() {
    PageQuery query = new PageQuery(0, 20, null, true, null);

    assertEquals(Map.of(), query.filters());
  }

  @Test
  void theFiltersAreACopyTheCallerCannotChangeAfterwards() {
    Map<String, String> filters = new HashMap<>(Map.of("isoCode", "FR"));
    PageQuery query = new PageQuery(0, 20, null, true, filters);

    filters.put("nameEn", "Spain");

    assertEquals(Map.of("isoCode", "FR"), query.filters());
  }

  @Test
  void theFiltersCannotBeChangedThroughTheQuery() {
    PageQuery query = new PageQuery(0, 20, null, true, Map.of("isoCode", "FR"));

    assertThrows(UnsupportedOperationException.class, () -> query.filters().put("nameEn", "x"));
  }

  @Test
  void theFirstPageStartsAtZeroUnsortedAndUnfiltered() {
    PageQuery query = PageQuery.firstPage(500);

    assertEquals(0, query.first());
    assertEquals(PageQuery.MAX_PAGE_SIZE, query.size());
    assertNull(query.sortField());
    assertTrue(query.ascending());
    assertEquals(Map.of(), query.filters());
  }

  @Test
  void sortingGivesANewQueryAndLeavesTheOriginalAsItWas() {
    PageQuery original = new PageQuery(40, 20, "nameEn", true, Map.of("isoCode", "F"));

    PageQuery sorted = original.sortedBy("isoCode", false);

    assertEquals(new PageQuery(40, 20, "isoCode", false, Map.of("isoCode", "F")), sorted);
    assertEquals("nameEn", original.sortField());
    assertTrue(original.ascending());
  }

  @Test
  void filteringGivesANewQueryAndLeavesTheOriginalAsItWas() {
    PageQuery original = new PageQuery(40, 20, "nameEn", false, Map.of("isoCode", "F"));

    PageQuery filtered = original.filteredBy("nameEn", "Fra");

    assertEquals(
        new PageQuery(40, 20, "nameEn", false, Map.of("isoCode", "F", "nameEn", "Fra")), filtered);
    assertEquals(Map.of("isoCode", "F"), original.filters());
  }

  @Test
  void filteringTheSameFieldAgainReplacesItsValue() {
    PageQuery query = PageQuery.firstPage(20).filteredBy("isoCode", "F").filteredBy("isoCode", "E");

    assertEquals(Map.of("isoCode", "E"), query.filters());
  }

  @Test
  void aFilteredQueryIsStillImmutable() {
    PageQuery query = PageQuery.firstPage(20).filteredBy("isoCode", "F");

    assertThrows(UnsupportedOperationException.class, () -> query.filters().clear());
    assertFalse(query.filters().isEmpty());
  }

  @Test
  void aQuerySurvivesSerialisationAsAViewScopedBeanNeeds()
      throws IOException, ClassNotFoundException {
    PageQuery query = new PageQuery(40, 20, "nameEn", false, Map.of("isoCode", "F"));

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(query);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertEquals(query, in.readObject());
    }
  }
}
