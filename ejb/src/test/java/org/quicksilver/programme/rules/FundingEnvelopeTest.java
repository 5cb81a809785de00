package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class FundingEnvelopeTest {
  private static FundingRequest request(String reference, String amount) {
    return new FundingRequest(reference, new BigDecimal(amount));
  }

  private static List<String> references(List<EnvelopeLine> lines) {
    return lines.stream().map(EnvelopeLine::applicationReference).toList();
  }

  private final List<FundingRequest> ranked =
      List.of(
          request("SIP-4", "200000"),
          request("SIP-1", "150000"),
          request("SIP-7", "250000"),
          request("SIP-2", "100000"),
          request("SIP-9", "50000"));

  @Test
  void theRunningTotalGoesDownTheRanking() {
    FundingEnvelope envelope =
        FundingEnvelope.draw(ranked, new BigDecimal("400000"), BigDecimal.ZERO);

    assertEquals(
        List.of(
            new BigDecimal("200000.00"),
            new BigDecimal("350000.00"),
            new BigDecimal("600000.00"),
            new BigDecimal("700000.00"),
            new BigDecimal("750000.00")),
        envelope.lines().stream().map(EnvelopeLine::runningTotal).toList());
    assertEquals(
        List.of(1, 2, 3, 4, 5), envelope.lines().stream().map(EnvelopeLine::position).toList());
  }

  @Test
  void theLineFallsAtTheFirstApplicationTheBalanceCannotCover() {
    FundingEnvelope envelope =
        FundingEnvelope.draw(ranked, new BigDecimal("400000"), BigDecimal.ZERO);

    assertEquals(List.of("SIP-4", "SIP-1"), references(envelope.fundable()));
    assertEquals(new BigDecimal("350000.00"), envelope.fundableTotal());
    assertEquals(new BigDecimal("50000.00"), envelope.availableLeft());
  }

  @Test
  void aSmallerApplicationBelowTheLineDoesNotJumpTheQueue() {
    // 50,000 is left, exactly what SIP-9 asks, but SIP-7 and SIP-2 rank above it.
    FundingEnvelope envelope =
        FundingEnvelope.draw(ranked, new BigDecimal("400000"), BigDecimal.ZERO);

    assertEquals(List.of("SIP-7", "SIP-2", "SIP-9"), references(envelope.reserveList()));
    assertEquals(
        List.of(Coverage.RESERVE, Coverage.RESERVE, Coverage.RESERVE),
        envelope.reserveList().stream().map(EnvelopeLine::coverage).toList());
  }

  @Test
  void aBalanceThatMatchesTheRunningTotalToTheCentCoversIt() {
    FundingEnvelope envelope =
        FundingEnvelope.draw(ranked, new BigDecimal("350000.00"), BigDecimal.ZERO);

    assertEquals(List.of("SIP-4", "SIP-1"), references(envelope.fundable()));
    assertEquals(new BigDecimal("0.00"), envelope.availableLeft());
  }

  @Test
  void pledgedMoneyShowsWhatItWouldAdditionallyCover() {
    FundingEnvelope envelope =
        FundingEnvelope.draw(ranked, new BigDecimal("400000"), new BigDecimal("300000"));

    assertEquals(List.of("SIP-4", "SIP-1"), references(envelope.fundable()));
    assertEquals(List.of("SIP-7", "SIP-2"), references(envelope.coveredByPledges()));
    assertEquals(new BigDecimal("350000.00"), envelope.coveredByPledgesTotal());
    assertEquals(
        List.of(
            Coverage.FUNDABLE,
            Coverage.FUNDABLE,
            Coverage.FUNDABLE_IF_PLEDGES_PAID,
            Coverage.FUNDABLE_IF_PLEDGES_PAID,
            Coverage.RESERVE),
        envelope.lines().stream().map(EnvelopeLine::coverage).toList());
  }

  @Test
  void theReserveListStartsWithWhatPledgesWouldCover() {
    FundingEnvelope envelope =
        FundingEnvelope.draw(ranked, new BigDecimal("400000"), new BigDecimal("300000"));

    assertEquals(List.of("SIP-7", "SIP-2", "SIP-9"), references(envelope.reserveList()));
  }

  @Test
  void pledgesTooSmallForTheNextApplicationCoverNothing() {
    FundingEnvelope envelope =
        FundingEnvelope.draw(ranked, new BigDecimal("400000"), new BigDecimal("199999.99"));

    // SIP-7 brings the running total to 600,000; 400,000 + 199,999.99 falls a cent short.
    assertEquals(List.of(), envelope.coveredByPledges());
    assertEquals(new BigDecimal("0.00"), envelope.coveredByPledgesTotal());
  }

  @Test
  void enoughMoneyFundsEverything() {
    FundingEnvelope envelope =
        FundingEnvelope.draw(ranked, new BigDecimal("1000000"), new BigDecimal("50000"));

    assertEquals(5, envelope.fundable().size());
    assertEquals(List.of(), envelope.reserveList());
    assertEquals(new BigDecimal("250000.00"), envelope.availableLeft());
  }

  @Test
  void anEmptyTrustFundFundsNothing() {
    FundingEnvelope envelope = FundingEnvelope.draw(ranked, BigDecimal.ZERO, BigDecimal.ZERO);

    assertEquals(List.of(), envelope.fundable());
    assertEquals(5, envelope.reserveList().size());
  }

  @Test
  void anEmptyRankingDrawsNoLine() {
    FundingEnvelope envelope =
        FundingEnvelope.draw(List.of(), new BigDecimal("1000"), new BigDecimal("1000"));

    assertEquals(List.of(), envelope.lines());
    assertEquals(new BigDecimal("1000.00"), envelope.availableLeft());
  }

  @Test
  void aNegativeBalanceIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> FundingEnvelope.draw(ranked, new BigDecimal("-1"), BigDecimal.ZERO));

    assertEquals("programme.amount.negative", refused.messageKey());
  }

  @Test
  void aRequestIsForMoreThanNothing() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> request("SIP-1", "0"));

    assertEquals("programme.amount.notPositive", refused.messageKey());
  }
}
