package org.quicksilver.projects.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ActivityTypeTest {

  @ParameterizedTest
  @EnumSource(
      value = ActivityType.class,
      names = {
        "REGIONAL_WORKSHOP",
        "SUBREGIONAL_WORKSHOP",
        "WEBINAR",
        "REGIONAL_CONSULTATION",
        "COMMITTEE_OR_BUREAU_MEETING",
        "EXPERT_GROUP_MEETING",
        "CONFERENCE"
      })
  void eventsBringPeopleTogetherAndNeedAVenue(ActivityType type) {
    assertTrue(type.isEvent());
    assertTrue(type.needsVenue());
    assertFalse(type.isProduct());
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityType.class,
      names = {"TRAINING_MATERIAL", "LESSONS_LEARNED_DISSEMINATION"})
  void productsAreDeliveredWithoutAVenue(ActivityType type) {
    assertTrue(type.isProduct());
    assertFalse(type.isEvent());
    assertFalse(type.needsVenue());
  }

  @ParameterizedTest
  @EnumSource(
      value = ActivityType.class,
      names = {"NATIONAL_PILOT_PROJECT", "NEEDS_ASSESSMENT"})
  void fieldWorkIsNeitherAnEventNorAProduct(ActivityType type) {
    assertFalse(type.isEvent());
    assertFalse(type.isProduct());
    assertFalse(type.needsVenue());
  }

  @Test
  void onlyAWebinarIsOnlineOnly() {
    Set<ActivityType> onlineOnly = EnumSet.noneOf(ActivityType.class);
    for (ActivityType type : ActivityType.values()) {
      if (type.isOnlineOnly()) {
        onlineOnly.add(type);
      }
    }

    assertEquals(EnumSet.of(ActivityType.WEBINAR), onlineOnly);
  }

  @Test
  void everyTypeOfTheIssueIsThere() {
    assertEquals(11, ActivityType.values().length);
  }
}
