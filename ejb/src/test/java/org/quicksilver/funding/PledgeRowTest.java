package org.quicksilver.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PledgeRowTest {
  private static final LocalDate EXPECTED_BY = LocalDate.of(2018, 6, 30);

  /** A pledge of 1,000,000 yen worth 9,049.77 dollars when made. */
  private static PledgeRow row(String received, String receivedUsd, LocalDate writtenOffOn) {
    return new PledgeRow(
        1L,
        1L,
        "Government of Japan",
        "GTF",
        "UNEARMARKED",
        PledgeKind.PLEDGE,
        "JP-2018-PL1",
        LocalDate.of(2018, 3, 1),
        EXPECTED_BY,
        new BigDecimal("1000000"),
        "JPY",
        new BigDecimal("9049.77"),
        writtenOffOn,
        new BigDecimal(received),
        new BigDecimal(receivedUsd),
        0);
  }

  @Test
  void whatIsOutstandingIsTheAmountLessWhatWasReceived() {
    assertEquals(new BigDecimal("600000"), row("400000", "3600.00", null).outstanding());
    assertEquals(new BigDecimal("1000000"), row("0", "0.00", null).outstanding());
  }

  @Test
  void nothingIsOutstandingOncePaidOrOverpaid() {
    assertEquals(0, row("1000000", "9100.00", null).outstanding().signum());
    assertEquals(0, row("1200000", "10900.00", null).outstanding().signum());
  }

  @Test
  void nothingIsOutstandingOnceWrittenOff() {
    assertEquals(0, row("400000", "3600.00", LocalDate.of(2018, 9, 1)).outstanding().signum());
  }

  @Test
  void aReversalMakesTheReversedAmountOutstandingAgain() {
    assertEquals(new BigDecimal("300000"), row("700000", "6300.00", null).outstanding());
  }

  @Test
  void theExchangeDifferenceOfAPaidPledgeIsWhatItsReceiptsBroughtLessWhatItWasWorth() {
    assertEquals(new BigDecimal("50.23"), row("1000000", "9100.00", null).exchangeDifference());
    assertEquals(new BigDecimal("-49.77"), row("1000000", "9000.00", null).exchangeDifference());
  }

  @Test
  void aPledgeNotPaidInFullHasNoExchangeDifferenceYet() {
    assertEquals(0, row("999999", "9100.00", null).exchangeDifference().signum());
  }

  @Test
  void theStatusOfARowFollowsThePledgeStatusRule() {
    assertEquals(PledgeStatus.PARTLY_PAID, row("400000", "3600.00", null).status(EXPECTED_BY));
    assertEquals(
        PledgeStatus.OVERDUE, row("400000", "3600.00", null).status(EXPECTED_BY.plusDays(1)));
    assertEquals(
        PledgeStatus.WRITTEN_OFF,
        row("400000", "3600.00", LocalDate.of(2018, 9, 1)).status(EXPECTED_BY.plusDays(1)));
  }
}
