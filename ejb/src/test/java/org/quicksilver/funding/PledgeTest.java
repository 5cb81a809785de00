package org.quicksilver.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicksilver.funding.Fixtures.EXPECTED_BY;
import static org.quicksilver.funding.Fixtures.NOW;
import static org.quicksilver.funding.Fixtures.PLEDGED_ON;
import static org.quicksilver.funding.Fixtures.donor;
import static org.quicksilver.funding.Fixtures.earmark;
import static org.quicksilver.funding.Fixtures.terms;
import static org.quicksilver.funding.Fixtures.unRate;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.reference.Organisation;

class PledgeTest {
  private final Organisation japan = donor(1, "Government of Japan");

  private Pledge pledge(Pledge.Terms terms, String amount) {
    return new Pledge(
        japan, earmark(), terms, new BigDecimal(amount), "JPY", unRate("110.5"), "treasurer", NOW);
  }

  private static Pledge.Terms period(LocalDate start, LocalDate end) {
    return new Pledge.Terms(
        PledgeKind.AGREEMENT, "JP-2018-AG1", PLEDGED_ON, start, end, EXPECTED_BY, null);
  }

  @Test
  void aPledgeIsValuedInDollarsAtTheRateItWasMadeAt() {
    Pledge pledge = Fixtures.pledge(japan, "1000000", "JPY", "110.5");

    assertEquals(new BigDecimal("1000000"), pledge.getAmount());
    assertEquals("JPY", pledge.getCurrencyCode());
    assertEquals(new BigDecimal("9049.77"), pledge.getUsdValue());
  }

  @Test
  void aPledgeIsToTheFundOfItsEarmark() {
    Earmark earmark = earmark();

    Pledge pledge =
        new Pledge(
            japan,
            earmark,
            terms(PledgeKind.PLEDGE, null),
            new BigDecimal("1000000"),
            "JPY",
            unRate("110.5"),
            "treasurer",
            NOW);

    assertSame(earmark, pledge.getEarmark());
    assertSame(earmark.getFund(), pledge.getFund());
    assertSame(japan, pledge.getDonor());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "-1000"})
  void aPledgeOfNothingOrLessIsRefused(String amount) {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> pledge(terms(PledgeKind.PLEDGE, null), amount));

    assertEquals("funding.amount.positive", refused.messageKey());
  }

  @Test
  void aPeriodThatEndsBeforeItStartsIsRefused() {
    Pledge.Terms backwards = period(LocalDate.of(2018, 12, 31), LocalDate.of(2018, 1, 1));

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> pledge(backwards, "1000000"));

    assertEquals("funding.pledge.periodOrder", refused.messageKey());
  }

  @Test
  void aPeriodOfASingleDayOrOpenAtEitherEndIsAccepted() {
    LocalDate day = LocalDate.of(2018, 1, 1);

    pledge(period(day, day), "1000000");
    pledge(period(day, null), "1000000");
    pledge(period(null, day), "1000000");
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void aConditionalAgreementWithoutItsConditionsIsRefused(String conditions) {
    Pledge.Terms terms = terms(PledgeKind.CONDITIONAL_AGREEMENT, conditions);

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> pledge(terms, "1000000"));

    assertEquals("funding.pledge.conditionsRequired", refused.messageKey());
  }

  @Test
  void aConditionalAgreementIsAcceptedWithItsConditions() {
    Pledge pledge =
        pledge(terms(PledgeKind.CONDITIONAL_AGREEMENT, "Paid once the SIP call is out"), "1000000");

    assertEquals(PledgeKind.CONDITIONAL_AGREEMENT, pledge.getKind());
  }

  @ParameterizedTest
  @EnumSource(
      value = PledgeKind.class,
      names = {"PLEDGE", "AGREEMENT"})
  void aPledgeOrAnUnconditionalAgreementNeedsNoConditions(PledgeKind kind) {
    assertEquals(kind, pledge(terms(kind, null), "1000000").getKind());
  }

  @Test
  void onlyASignedAgreementWithoutConditionsIsRecognisedWhenSigned() {
    assertTrue(PledgeKind.AGREEMENT.isRecognisedWhenSigned());
    assertFalse(PledgeKind.PLEDGE.isRecognisedWhenSigned());
    assertFalse(PledgeKind.CONDITIONAL_AGREEMENT.isRecognisedWhenSigned());
  }

  @Test
  void aWrittenOffPledgeKeepsTheDateItWasWrittenOff() {
    Pledge pledge = Fixtures.pledge(japan, "1000000", "JPY", "110.5");
    LocalDate on = LocalDate.of(2018, 9, 1);

    pledge.writeOff(on, "  Parliament did not vote the contribution ");

    assertEquals(on, pledge.getWrittenOffOn());
    assertEquals(PledgeStatus.WRITTEN_OFF, pledge.status(new BigDecimal("400000"), on.plusDays(1)));
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  "})
  void aWriteOffNeedsAReason(String reason) {
    Pledge pledge = Fixtures.pledge(japan, "1000000", "JPY", "110.5");

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> pledge.writeOff(LocalDate.of(2018, 9, 1), reason));

    assertEquals("funding.pledge.writeOffReasonRequired", refused.messageKey());
    assertNull(pledge.getWrittenOffOn());
  }

  @Test
  void aPledgeIsWrittenOffOnlyOnce() {
    Pledge pledge = Fixtures.pledge(japan, "1000000", "JPY", "110.5");
    LocalDate first = LocalDate.of(2018, 9, 1);
    pledge.writeOff(first, "Parliament did not vote the contribution");

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> pledge.writeOff(LocalDate.of(2018, 10, 1), "Again"));

    assertEquals("funding.pledge.alreadyWrittenOff", refused.messageKey());
    assertEquals(first, pledge.getWrittenOffOn());
  }

  @Test
  void aPledgeStatusIsDerivedFromWhatItsReceiptsAddUpToAndItsExpectedDate() {
    Pledge pledge = Fixtures.pledge(japan, "1000000", "JPY", "110.5");

    assertEquals(PledgeStatus.PLEDGED, pledge.status(BigDecimal.ZERO, EXPECTED_BY));
    assertEquals(PledgeStatus.PARTLY_PAID, pledge.status(new BigDecimal("1"), EXPECTED_BY));
    assertEquals(
        PledgeStatus.OVERDUE, pledge.status(new BigDecimal("999999"), EXPECTED_BY.plusDays(1)));
    assertEquals(
        PledgeStatus.PAID, pledge.status(new BigDecimal("1000000"), EXPECTED_BY.plusDays(1)));
  }
}
