package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicksilver.platform.InvalidInputException;

class RulingTest {

  @ParameterizedTest
  @EnumSource(Outcome.class)
  void everyOutcomeNeedsWrittenReasons(Outcome outcome) {
    Optional<BigDecimal> amount =
        outcome.grantsMoney() ? Optional.of(BigDecimal.TEN) : Optional.empty();
    Optional<String> conditions =
        outcome == Outcome.APPROVED_WITH_CONDITIONS
            ? Optional.of("Report twice")
            : Optional.empty();

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> new Ruling(outcome, amount, conditions, "  "));

    assertEquals("programme.decision.reasonsRequired", refused.messageKey());
  }

  @ParameterizedTest
  @EnumSource(
      value = Outcome.class,
      names = {"APPROVED", "APPROVED_WITH_CONDITIONS"})
  void anApprovalWithoutAnAmountIsRefused(Outcome outcome) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> new Ruling(outcome, Optional.empty(), Optional.of("Conditions"), "Reasons"));

    assertEquals("programme.decision.amountRequired", refused.messageKey());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.00", "-5"})
  void anApprovedAmountIsAboveZero(String amount) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> Ruling.approve(new BigDecimal(amount), "Reasons"));

    assertEquals("programme.amount.notPositive", refused.messageKey());
  }

  @Test
  void anApprovedAmountIsInCents() {
    assertEquals(
        Optional.of(new BigDecimal("1500.50")),
        Ruling.approve(new BigDecimal("1500.5"), "Reasons").approvedAmount());
    assertThrows(
        InvalidInputException.class, () -> Ruling.approve(new BigDecimal("1500.505"), "Reasons"));
  }

  @ParameterizedTest
  @EnumSource(
      value = Outcome.class,
      names = {"DEFERRED", "REJECTED"})
  void aDeferralOrRejectionCarriesNoAmount(Outcome outcome) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> new Ruling(outcome, Optional.of(BigDecimal.TEN), Optional.empty(), "Reasons"));

    assertEquals("programme.decision.amountNotExpected", refused.messageKey());
    assertArrayEquals(new Object[] {outcome}, refused.arguments());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void anApprovalWithConditionsStatesThem(String conditions) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> Ruling.approveWithConditions(BigDecimal.TEN, conditions, "Reasons"));

    assertEquals("programme.decision.conditionsRequired", refused.messageKey());
  }

  @Test
  void conditionsBelongOnlyToAnApprovalWithConditions() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                new Ruling(
                    Outcome.APPROVED,
                    Optional.of(BigDecimal.TEN),
                    Optional.of("Quarterly reports"),
                    "Reasons"));

    assertEquals("programme.decision.conditionsNotExpected", refused.messageKey());
  }

  @Test
  void blankConditionsOnAnotherOutcomeCountAsNone() {
    Ruling ruling =
        new Ruling(Outcome.REJECTED, Optional.empty(), Optional.of(" "), "Out of scope");

    assertEquals(Optional.empty(), ruling.conditions());
  }

  @Test
  void theShortcutsGiveTheirOutcome() {
    assertEquals(Outcome.APPROVED, Ruling.approve(BigDecimal.TEN, "R").outcome());
    assertEquals(
        Optional.of("Quarterly reports"),
        Ruling.approveWithConditions(BigDecimal.TEN, " Quarterly reports ", "R").conditions());
    assertEquals(Outcome.DEFERRED, Ruling.defer("R").outcome());
    assertEquals(Outcome.REJECTED, Ruling.reject("R").outcome());
  }

  @Test
  void eachOutcomeLeadsToItsApplicationStatus() {
    for (Outcome outcome : Outcome.values()) {
      assertEquals(outcome.name(), outcome.status().name());
      assertEquals(true, ApplicationStatus.UNDER_REVIEW.canMoveTo(outcome.status()));
    }
  }
}
