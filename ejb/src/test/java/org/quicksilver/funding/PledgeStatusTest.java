package org.quicksilver.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PledgeStatusTest {
  private static final BigDecimal AMOUNT = new BigDecimal("1000.00");
  private static final LocalDate EXPECTED_BY = LocalDate.of(2018, 6, 30);
  private static final LocalDate BEFORE = EXPECTED_BY.minusDays(1);
  private static final LocalDate AFTER = EXPECTED_BY.plusDays(1);

  private static PledgeStatus status(String received, LocalDate today) {
    return status(new BigDecimal(received), today);
  }

  private static PledgeStatus status(BigDecimal received, LocalDate today) {
    return PledgeStatus.of(AMOUNT, received, EXPECTED_BY, false, today);
  }

  /** What the receipts of a pledge add up to, reversals (negative lines) included. */
  private static BigDecimal receipts(String... lines) {
    BigDecimal sum = BigDecimal.ZERO;
    for (String line : lines) {
      sum = sum.add(new BigDecimal(line));
    }
    return sum;
  }

  private static PledgeStatus writtenOff(String received, LocalDate today) {
    return PledgeStatus.of(AMOUNT, new BigDecimal(received), EXPECTED_BY, true, today);
  }

  @Test
  void aPledgeWithNothingReceivedBeforeItsExpectedDateIsPledged() {
    assertEquals(PledgeStatus.PLEDGED, status("0", BEFORE));
  }

  @Test
  void aPledgeIsNotYetOverdueOnItsExpectedDateItself() {
    assertEquals(PledgeStatus.PLEDGED, status("0", EXPECTED_BY));
    assertEquals(PledgeStatus.PARTLY_PAID, status("400.00", EXPECTED_BY));
  }

  @Test
  void aPledgeWithSomeOfItsAmountReceivedBeforeItsExpectedDateIsPartlyPaid() {
    assertEquals(PledgeStatus.PARTLY_PAID, status("0.01", BEFORE));
    assertEquals(PledgeStatus.PARTLY_PAID, status("999.99", BEFORE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "0.01", "999.99"})
  void anOverduePledgeIsOneNotFullyPaidAfterItsExpectedDate(String received) {
    assertEquals(PledgeStatus.OVERDUE, status(received, AFTER));
  }

  @Test
  void aPledgeReceivedInFullIsPaidBeforeOrAfterItsExpectedDate() {
    assertEquals(PledgeStatus.PAID, status("1000.00", BEFORE));
    assertEquals(PledgeStatus.PAID, status("1000.00", AFTER));
  }

  @Test
  void aPledgeReceivedInFullIsPaidWhateverTheScaleOfTheAmounts() {
    assertEquals(PledgeStatus.PAID, status("1000", AFTER));
    assertEquals(PledgeStatus.PAID, status("1000.0000", AFTER));
  }

  @Test
  void anOverpaidPledgeIsPaid() {
    assertEquals(PledgeStatus.PAID, status("1000.01", BEFORE));
    assertEquals(PledgeStatus.PAID, status("1500.00", AFTER));
  }

  @Test
  void aReversalThatBringsWhatWasReceivedBelowTheAmountMakesAPaidPledgeUnpaidAgain() {
    BigDecimal paidThenReversed = receipts("700.00", "300.00", "-300.00");

    assertEquals(PledgeStatus.PAID, status(receipts("700.00", "300.00"), BEFORE));
    assertEquals(PledgeStatus.PARTLY_PAID, status(paidThenReversed, BEFORE));
    assertEquals(PledgeStatus.OVERDUE, status(paidThenReversed, AFTER));
  }

  @Test
  void aPledgeWhoseOnlyReceiptWasReversedIsBackToPledged() {
    assertEquals(PledgeStatus.PLEDGED, status(receipts("1000.00", "-1000.00"), BEFORE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "400.00", "999.99"})
  void aWrittenOffPledgeIsWrittenOffRatherThanOverdue(String received) {
    assertEquals(PledgeStatus.WRITTEN_OFF, writtenOff(received, AFTER));
  }

  @Test
  void aPledgeWrittenOffBeforeItsExpectedDateIsWrittenOffRatherThanPledged() {
    assertEquals(PledgeStatus.WRITTEN_OFF, writtenOff("0", BEFORE));
    assertEquals(PledgeStatus.WRITTEN_OFF, writtenOff("400.00", BEFORE));
  }

  @Test
  void aPledgeReceivedInFullIsPaidEvenIfItsRestWasWrittenOff() {
    assertEquals(PledgeStatus.PAID, writtenOff("1000.00", AFTER));
  }
}
