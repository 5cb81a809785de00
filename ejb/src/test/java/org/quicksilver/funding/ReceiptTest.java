package org.quicksilver.funding;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicksilver.funding.Fixtures.EXPECTED_BY;
import static org.quicksilver.funding.Fixtures.NOW;
import static org.quicksilver.funding.Fixtures.donor;
import static org.quicksilver.funding.Fixtures.earmark;
import static org.quicksilver.funding.Fixtures.pledge;
import static org.quicksilver.funding.Fixtures.unRate;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.hibernate.annotations.Immutable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicksilver.platform.InvalidInputException;
import org.quicksilver.reference.Organisation;

class ReceiptTest {
  private static final LocalDate RECEIVED_ON = LocalDate.of(2018, 7, 3);
  private static final LocalDate REVERSED_ON = LocalDate.of(2018, 7, 20);
  private static final Instant LATER = NOW.plusSeconds(86_400);

  private final Organisation kuwait = donor(2, "State of Kuwait");

  private Receipt post(Receipt.Destination to, String amount, String currency, RateApplied rate) {
    return Receipt.post(
        to, RECEIVED_ON, new BigDecimal(amount), currency, rate, "KW-001", "treasurer", NOW);
  }

  private Receipt dinars() {
    return post(
        new Receipt.Destination(kuwait, earmark(), null), "1000.500", "KWD", unRate("0.302"));
  }

  @Test
  void aReceiptIsConvertedToDollarsAtTheRateAppliedWhichItKeepsWithItsSource() {
    Receipt receipt = dinars();

    assertEquals(new BigDecimal("1000.500"), receipt.getAmount());
    assertEquals("KWD", receipt.getCurrencyCode());
    assertEquals(new BigDecimal("0.302"), receipt.getUnitsPerUsd());
    assertEquals("UN operational rate", receipt.getRateSource());
    assertNull(receipt.getRateOverrideReason());
    assertEquals(new BigDecimal("3312.91"), receipt.getUsdAmount());
    assertEquals(RECEIVED_ON, receipt.getReceivedOn());
    assertFalse(receipt.isReversal());
  }

  @Test
  void aReceiptAtAnEnteredRateKeepsTheReasonForIt() {
    RateApplied entered = new RateApplied(new BigDecimal("0.300"), "entered", "Bank's rate");

    Receipt receipt =
        post(new Receipt.Destination(kuwait, earmark(), null), "1000.500", "KWD", entered);

    assertEquals("entered", receipt.getRateSource());
    assertEquals("Bank's rate", receipt.getRateOverrideReason());
    assertEquals(new BigDecimal("3335.00"), receipt.getUsdAmount());
  }

  @Test
  void aReceiptGoesToTheFundOfItsEarmark() {
    Earmark earmark = earmark();

    Receipt receipt =
        post(new Receipt.Destination(kuwait, earmark, null), "1000.500", "KWD", unRate("0.302"));

    assertSame(earmark, receipt.getEarmark());
    assertSame(kuwait, receipt.getDonor());
    assertNull(receipt.getPledge());
  }

  @ParameterizedTest
  @ValueSource(strings = {"0.000", "-1000.500"})
  void aReceiptOfNothingOrLessIsRefused(String amount) {
    Receipt.Destination to = new Receipt.Destination(kuwait, earmark(), null);

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> post(to, amount, "KWD", unRate("0.302")));

    assertEquals("funding.amount.positive", refused.messageKey());
  }

  @Test
  void aBankReferenceIsKeptTrimmedAndABlankOneIsNone() {
    Receipt.Destination to = new Receipt.Destination(kuwait, earmark(), null);
    BigDecimal amount = new BigDecimal("10.000");

    Receipt trimmed =
        Receipt.post(to, RECEIVED_ON, amount, "KWD", unRate("0.302"), " KW-7 ", "t", NOW);
    Receipt blank = Receipt.post(to, RECEIVED_ON, amount, "KWD", unRate("0.302"), "  ", "t", NOW);

    assertEquals("KW-7", trimmed.getBankReference());
    assertNull(blank.getBankReference());
  }

  @Test
  void aReceiptAgainstAPledgeIsLinkedToItWhenItComesFromThePledgesDonorInItsCurrency() {
    Pledge pledge = pledge(donor(2, "State of Kuwait"), "2000.000", "KWD", "0.302");

    Receipt receipt =
        post(new Receipt.Destination(kuwait, earmark(), pledge), "1000.500", "KWD", unRate("0.3"));

    assertSame(pledge, receipt.getPledge());
  }

  @Test
  void aReceiptAgainstThePledgeOfAnotherDonorIsRefused() {
    Pledge japanese = pledge(donor(1, "Government of Japan"), "2000.000", "KWD", "0.302");
    Receipt.Destination to = new Receipt.Destination(kuwait, earmark(), japanese);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> post(to, "1000.500", "KWD", unRate("0.302")));

    assertEquals("funding.receipt.pledgeOfAnotherDonor", refused.messageKey());
  }

  @Test
  void aReceiptAgainstAPledgeInAnotherCurrencyIsRefused() {
    Pledge inDollars = pledge(kuwait, "5000.00", "USD", "1");
    Receipt.Destination to = new Receipt.Destination(kuwait, earmark(), inDollars);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> post(to, "1000.500", "KWD", unRate("0.302")));

    assertEquals("funding.receipt.pledgeCurrency", refused.messageKey());
    assertArrayEquals(new Object[] {"USD"}, refused.arguments());
  }

  @Test
  void aReversalIsTheSameEntryNegatedAtTheSameRateSoThePairAddsUpToNothing() {
    Receipt original = dinars();

    Receipt reversal = original.reversal("Posted twice", REVERSED_ON, "controller", LATER);

    assertEquals(new BigDecimal("-1000.500"), reversal.getAmount());
    assertEquals(new BigDecimal("-3312.91"), reversal.getUsdAmount());
    assertEquals(0, original.getAmount().add(reversal.getAmount()).signum());
    assertEquals(0, original.getUsdAmount().add(reversal.getUsdAmount()).signum());
    assertEquals("KWD", reversal.getCurrencyCode());
    assertEquals(original.getUnitsPerUsd(), reversal.getUnitsPerUsd());
    assertEquals(original.getRateSource(), reversal.getRateSource());
    assertSame(original.getDonor(), reversal.getDonor());
    assertSame(original.getEarmark(), reversal.getEarmark());
  }

  @Test
  void aReversalAtAnEnteredRateKeepsTheReasonForThatRate() {
    RateApplied entered = new RateApplied(new BigDecimal("0.300"), "entered", "Bank's rate");
    Receipt original =
        post(new Receipt.Destination(kuwait, earmark(), null), "1000.500", "KWD", entered);

    Receipt reversal = original.reversal("Wrong donor", REVERSED_ON, "controller", LATER);

    assertEquals("Bank's rate", reversal.getRateOverrideReason());
    assertEquals(new BigDecimal("-3335.00"), reversal.getUsdAmount());
  }

  @Test
  void aReversalCitesTheReceiptItCancelsWithItsReasonAndDate() {
    Receipt original = dinars();

    Receipt reversal = original.reversal("  Posted twice ", REVERSED_ON, "controller", LATER);

    assertTrue(reversal.isReversal());
    assertSame(original, reversal.getReverses());
    assertEquals("Posted twice", reversal.getReversalReason());
    assertEquals(REVERSED_ON, reversal.getReceivedOn());
  }

  @Test
  void reversingAReceiptLeavesTheOriginalAsItWas() {
    Receipt original = dinars();

    original.reversal("Posted twice", REVERSED_ON, "controller", LATER);

    assertEquals(new BigDecimal("1000.500"), original.getAmount());
    assertEquals(new BigDecimal("3312.91"), original.getUsdAmount());
    assertEquals(RECEIVED_ON, original.getReceivedOn());
    assertFalse(original.isReversal());
    assertNull(original.getReverses());
    assertNull(original.getReversalReason());
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   "})
  void aReversalNeedsAReason(String reason) {
    Receipt original = dinars();

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> original.reversal(reason, REVERSED_ON, "controller", LATER));

    assertEquals("funding.receipt.reversalReasonRequired", refused.messageKey());
  }

  @Test
  void aReversalCannotItselfBeReversed() {
    Receipt reversal = dinars().reversal("Posted twice", REVERSED_ON, "controller", LATER);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> reversal.reversal("Undo", REVERSED_ON.plusDays(1), "controller", LATER));

    assertEquals("funding.receipt.cannotReverseAReversal", refused.messageKey());
  }

  @Test
  void aReversedReceiptNoLongerCountsTowardsItsPledge() {
    Pledge pledge = pledge(kuwait, "1000.500", "KWD", "0.302");
    Receipt paid =
        post(new Receipt.Destination(kuwait, earmark(), pledge), "1000.500", "KWD", unRate("0.3"));
    Receipt reversal = paid.reversal("Bounced", REVERSED_ON, "controller", LATER);

    BigDecimal received = paid.getAmount().add(reversal.getAmount());

    assertSame(pledge, reversal.getPledge());
    assertEquals(PledgeStatus.PAID, pledge.status(paid.getAmount(), EXPECTED_BY.plusDays(1)));
    assertEquals(PledgeStatus.OVERDUE, pledge.status(received, EXPECTED_BY.plusDays(1)));
  }

  @Test
  void aPostedReceiptCannotBeEditedOnlyReversed() {
    List<String> setters =
        Arrays.stream(Receipt.class.getDeclaredMethods())
            .filter(m -> Modifier.isPublic(m.getModifiers()))
            .map(Method::getName)
            .filter(name -> name.startsWith("set"))
            .toList();

    assertEquals(List.of(), setters);
    assertTrue(Receipt.class.isAnnotationPresent(Immutable.class));
  }
}
