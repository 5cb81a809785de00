package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class RecusalsTest {
  private final CommitteeMember fromGhana = new CommitteeMember("m1", "Ama", "GHA");
  private final CommitteeMember fromNorway = new CommitteeMember("m2", "Ola", "NOR");
  private final Recusals forGhana = new Recusals("GHA");

  @Test
  void aMemberFromTheApplicantPartyIsRecusedWithoutAsking() {
    assertTrue(forGhana.isRecused(fromGhana));
    assertEquals(
        Optional.of(new RecusalReason(true, Optional.empty())), forGhana.reasonFor(fromGhana));
  }

  @Test
  void countryCodesAreComparedWhateverTheirCase() {
    assertTrue(new Recusals("gha").isRecused(fromGhana));
  }

  @Test
  void aMemberFromAnotherPartyIsNotRecused() {
    assertFalse(forGhana.isRecused(fromNorway));
    assertEquals(Optional.empty(), forGhana.reasonFor(fromNorway));
    assertDoesNotThrow(() -> forGhana.checkNotRecused(fromNorway));
  }

  @Test
  void aMemberMayDeclareAConflictWithAReason() {
    forGhana.declare(fromNorway, "  Advised the ministry on this proposal ");

    assertTrue(forGhana.isRecused(fromNorway));
    assertEquals(
        Optional.of(new RecusalReason(false, Optional.of("Advised the ministry on this proposal"))),
        forGhana.reasonFor(fromNorway));
  }

  @Test
  void aDeclarationWithoutAReasonIsRefused() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> forGhana.declare(fromNorway, " "));

    assertEquals("programme.recusal.reasonRequired", refused.messageKey());
    assertFalse(forGhana.isRecused(fromNorway));
  }

  @Test
  void bothGroundsAreKeptWhenASameCountryMemberAlsoDeclares() {
    forGhana.declare(fromGhana, "Employed by the applicant");

    assertEquals(
        Optional.of(new RecusalReason(true, Optional.of("Employed by the applicant"))),
        forGhana.reasonFor(fromGhana));
  }

  @Test
  void theGuardRefusesARecusedMemberByName() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> forGhana.checkNotRecused(fromGhana));

    assertEquals("programme.scoring.recused", refused.messageKey());
    assertArrayEquals(new Object[] {"m1"}, refused.arguments());
  }

  @Test
  void anApplicantWithoutACountryIsRefused() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> new Recusals(""));

    assertEquals("programme.application.countryRequired", refused.messageKey());
  }

  @Test
  void aMemberHasACountry() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> new CommitteeMember("m3", "X", null));

    assertEquals("programme.member.countryRequired", refused.messageKey());
  }
}
