package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class GrantTest {
  private final Grant grant = new Grant("G-2018-01", new BigDecimal("180000"));
  private final GrantReport firstProgress =
      grant.expectReport("PR-1", ReportKind.PROGRESS, LocalDate.of(2019, 6, 30));

  @Test
  void aTrancheWithoutConditionIsPaid() {
    Tranche advance = grant.planTranche(new BigDecimal("90000"), Optional.empty());

    grant.pay(advance, LocalDate.of(2019, 1, 15));

    assertTrue(advance.isPaid());
    assertEquals(Optional.of(LocalDate.of(2019, 1, 15)), advance.getPaidOn());
    assertEquals(new BigDecimal("90000.00"), grant.paidTotal());
    assertEquals(new BigDecimal("90000.00"), grant.unpaid());
  }

  @Test
  void aTrancheWaitsForItsReportToBeAccepted() {
    Tranche second = grant.planTranche(new BigDecimal("90000"), Optional.of(firstProgress));
    firstProgress.receive(LocalDate.of(2019, 6, 28));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> grant.pay(second, LocalDate.of(2019, 7, 1)));

    assertEquals("programme.tranche.conditionNotMet", refused.messageKey());
    assertArrayEquals(new Object[] {1, "PR-1"}, refused.arguments());
    assertFalse(second.isPaid());
  }

  @Test
  void anAcceptedReportReleasesTheTranche() {
    Tranche second = grant.planTranche(new BigDecimal("90000"), Optional.of(firstProgress));
    firstProgress.receive(LocalDate.of(2019, 6, 28));
    firstProgress.accept();

    grant.pay(second, LocalDate.of(2019, 7, 10));

    assertTrue(second.isPaid());
  }

  @Test
  void aReportIsAcceptedOnlyOnceReceived() {
    InvalidInputException refused =
        assertThrows(InvalidInputException.class, firstProgress::accept);

    assertEquals("programme.report.notReceived", refused.messageKey());
    assertFalse(firstProgress.isAccepted());
  }

  @Test
  void paymentsNeverExceedTheApprovedAmount() {
    Tranche first = grant.planTranche(new BigDecimal("100000"), Optional.empty());
    Tranche second = grant.planTranche(new BigDecimal("80000.01"), Optional.empty());
    grant.pay(first, LocalDate.of(2019, 1, 15));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> grant.pay(second, LocalDate.of(2019, 7, 1)));

    assertEquals("programme.tranche.beyondApproved", refused.messageKey());
    assertArrayEquals(
        new Object[] {2, new BigDecimal("180000.01"), new BigDecimal("180000.00")},
        refused.arguments());
    assertEquals(new BigDecimal("100000.00"), grant.paidTotal());
  }

  @Test
  void theApprovedAmountMayBePaidToTheCent() {
    Tranche first = grant.planTranche(new BigDecimal("100000"), Optional.empty());
    Tranche second = grant.planTranche(new BigDecimal("80000"), Optional.empty());
    grant.pay(first, LocalDate.of(2019, 1, 15));
    grant.pay(second, LocalDate.of(2019, 7, 1));

    assertEquals(new BigDecimal("0.00"), grant.unpaid());
  }

  @Test
  void aTrancheIsPaidOnce() {
    Tranche advance = grant.planTranche(new BigDecimal("10000"), Optional.empty());
    grant.pay(advance, LocalDate.of(2019, 1, 15));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> grant.pay(advance, LocalDate.of(2019, 1, 16)));

    assertEquals("programme.tranche.alreadyPaid", refused.messageKey());
    assertEquals(new BigDecimal("10000.00"), grant.paidTotal());
  }

  @Test
  void anotherGrantsTrancheOrReportIsRefused() {
    Grant other = new Grant("G-2018-02", new BigDecimal("50000"));
    Tranche theirs = other.planTranche(new BigDecimal("10000"), Optional.empty());
    GrantReport theirReport =
        other.expectReport("PR-9", ReportKind.PROGRESS, LocalDate.of(2019, 6, 30));

    assertEquals(
        "programme.tranche.otherGrant",
        assertThrows(InvalidInputException.class, () -> grant.pay(theirs, LocalDate.now()))
            .messageKey());
    assertEquals(
        "programme.report.otherGrant",
        assertThrows(
                InvalidInputException.class,
                () -> grant.planTranche(BigDecimal.ONE, Optional.of(theirReport)))
            .messageKey());
  }

  @Test
  void tranchesAreNumberedInOrder() {
    grant.planTranche(new BigDecimal("1"), Optional.empty());
    grant.planTranche(new BigDecimal("2"), Optional.empty());

    assertEquals(List.of(1, 2), grant.getTranches().stream().map(Tranche::getNumber).toList());
  }

  @Test
  void aReportIsDueOnItsDateAndOverdueTheDayAfter() {
    assertFalse(firstProgress.isOverdue(LocalDate.of(2019, 6, 30)));
    assertTrue(firstProgress.isOverdue(LocalDate.of(2019, 7, 1)));
  }

  @Test
  void aReceivedReportIsNoLongerOverdueButStaysLate() {
    firstProgress.receive(LocalDate.of(2019, 7, 5));

    assertFalse(firstProgress.isOverdue(LocalDate.of(2019, 8, 1)));
    assertTrue(firstProgress.wasReceivedLate());
  }

  @Test
  void aReportReceivedOnItsDueDateIsOnTime() {
    firstProgress.receive(LocalDate.of(2019, 6, 30));

    assertFalse(firstProgress.wasReceivedLate());
  }

  @Test
  void theGrantListsItsOverdueReports() {
    GrantReport financial =
        grant.expectReport("FR-1", ReportKind.FINANCIAL, LocalDate.of(2019, 12, 31));
    grant.expectReport("FIN", ReportKind.FINAL, LocalDate.of(2020, 6, 30));

    assertEquals(List.of(firstProgress, financial), grant.overdueReports(LocalDate.of(2020, 1, 2)));
  }

  @Test
  void anApprovalBecomesAGrantForTheApprovedAmount() {
    Meeting meeting = new Meeting("SC-1", LocalDate.of(2018, 5, 15), 1);
    meeting.markPresent(new CommitteeMember("m1", "Ama", "GHA"));
    Decision approval =
        meeting.decide(
            "SIP-1",
            new BigDecimal("200000"),
            Ruling.approveWithConditions(new BigDecimal("150000"), "Quarterly reports", "Sound"));

    assertEquals(
        new BigDecimal("150000.00"), Grant.from("G-2018-03", approval).getApprovedAmount());
  }

  @Test
  void aRejectionBecomesNoGrant() {
    Meeting meeting = new Meeting("SC-1", LocalDate.of(2018, 5, 15), 1);
    meeting.markPresent(new CommitteeMember("m1", "Ama", "GHA"));
    Decision rejection =
        meeting.decide("SIP-1", new BigDecimal("200000"), Ruling.reject("Out of scope"));

    InvalidInputException refused =
        assertThrows(InvalidInputException.class, () -> Grant.from("G-2018-04", rejection));

    assertEquals("programme.grant.notApproved", refused.messageKey());
    assertArrayEquals(new Object[] {"SIP-1", Outcome.REJECTED}, refused.arguments());
  }
}
