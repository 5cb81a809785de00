package org.quicksilver.platform;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.ApplicationException;
import java.io.Serializable;
import org.junit.jupiter.api.Test;

class QuicksilverExceptionTest {

  @Test
  void aRefusalCarriesItsMessageKeyAndArguments() {
    QuicksilverException refusal = new QuicksilverException("reference.duplicate", "FR", 2);

    assertEquals("reference.duplicate", refusal.messageKey());
    assertArrayEquals(new Object[] {"FR", 2}, refusal.arguments());
  }

  @Test
  void aRefusalWithoutArgumentsHasAnEmptyList() {
    assertArrayEquals(new Object[0], new QuicksilverException("error.x").arguments());
  }

  @Test
  void theCallersArrayCanChangeWithoutChangingTheRefusal() {
    Serializable[] arguments = {"FR", 2};
    QuicksilverException refusal = new QuicksilverException("reference.duplicate", arguments);

    arguments[0] = "ES";

    assertArrayEquals(new Object[] {"FR", 2}, refusal.arguments());
  }

  @Test
  void theArgumentsHandedOutCanChangeWithoutChangingTheRefusal() {
    QuicksilverException refusal = new QuicksilverException("reference.duplicate", "FR", 2);

    refusal.arguments()[0] = "ES";

    assertArrayEquals(new Object[] {"FR", 2}, refusal.arguments());
  }

  @Test
  void theLogMessageNamesTheKeyAndTheArguments() {
    QuicksilverException refusal = new QuicksilverException("reference.duplicate", "FR", 2);

    assertEquals("reference.duplicate[FR, 2]", refusal.getMessage());
  }

  @Test
  void everyRefusalRollsBackTheTransaction() {
    ApplicationException marker =
        QuicksilverException.class.getAnnotation(ApplicationException.class);

    assertNotNull(marker);
    assertTrue(marker.rollback());
    assertTrue(marker.inherited());
  }

  @Test
  void invalidInputIsARefusalWithItsOwnKey() {
    QuicksilverException refusal =
        new InvalidInputException("reference.country.partySinceRequired");

    assertInstanceOf(QuicksilverException.class, refusal);
    assertEquals("reference.country.partySinceRequired", refusal.messageKey());
  }
}
