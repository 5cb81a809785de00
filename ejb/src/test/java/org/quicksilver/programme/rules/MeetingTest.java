package org.quicksilver.programme.rules;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicksilver.platform.InvalidInputException;

class MeetingTest {
  private static final BigDecimal REQUESTED = new BigDecimal("200000.00");

  private final CommitteeMember ama = new CommitteeMember("m1", "Ama", "GHA");
  private final CommitteeMember ola = new CommitteeMember("m2", "Ola", "NOR");
  private final CommitteeMember ana = new CommitteeMember("m3", "Ana", "URY");

  private Meeting meetingWithQuorum(String reference, LocalDate heldOn) {
    Meeting meeting = new Meeting(reference, heldOn, 2);
    meeting.markPresent(ama);
    meeting.markPresent(ola);
    return meeting;
  }

  private final Meeting geneva = meetingWithQuorum("SC-1 Geneva", LocalDate.of(2018, 5, 15));
  private final Meeting oslo = meetingWithQuorum("SC-2 Oslo", LocalDate.of(2018, 10, 2));

  @Test
  void quorumIsReachedWhenEnoughMembersArePresent() {
    Meeting meeting = new Meeting("SC-1", LocalDate.of(2018, 5, 15), 2);
    meeting.markPresent(ama);
    meeting.markPresent(ama);

    assertFalse(meeting.hasQuorum());

    meeting.markPresent(ola);

    assertTrue(meeting.hasQuorum());
  }

  @Test
  void withoutQuorumNothingIsDecided() {
    Meeting meeting = new Meeting("SC-1", LocalDate.of(2018, 5, 15), 3);
    meeting.markPresent(ama);

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> meeting.decide("SIP-1", REQUESTED, Ruling.reject("Out of scope")));

    assertEquals("programme.meeting.noQuorum", refused.messageKey());
    assertArrayEquals(new Object[] {1, 3}, refused.arguments());
    assertEquals(List.of(), meeting.decisions());
  }

  @Test
  void aQuorumOfNobodyIsRefused() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> new Meeting("SC-1", LocalDate.of(2018, 5, 15), 0));

    assertEquals("programme.meeting.quorumNotPositive", refused.messageKey());
  }

  @Test
  void anApprovalIsRecordedWithItsAmountAndReasons() {
    Decision decision =
        geneva.decide("SIP-1", REQUESTED, Ruling.approve(new BigDecimal("180000"), "Strong plan"));

    assertEquals(Outcome.APPROVED, decision.getOutcome());
    assertEquals(Optional.of(new BigDecimal("180000.00")), decision.getApprovedAmount());
    assertEquals("Strong plan", decision.getReasons());
    assertSame(geneva, decision.getMeeting());
    assertEquals(Optional.of(decision), geneva.decisionOn("SIP-1"));
  }

  @Test
  void theFullAmountRequestedMayBeApproved() {
    Decision decision = geneva.decide("SIP-1", REQUESTED, Ruling.approve(REQUESTED, "Sound"));

    assertEquals(Optional.of(REQUESTED), decision.getApprovedAmount());
  }

  @Test
  void noMoreThanWasRequestedIsApproved() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () ->
                geneva.decide(
                    "SIP-1", REQUESTED, Ruling.approve(new BigDecimal("200000.01"), "Generous")));

    assertEquals("programme.decision.amountAboveRequested", refused.messageKey());
    assertArrayEquals(new Object[] {new BigDecimal("200000.01"), REQUESTED}, refused.arguments());
  }

  @Test
  void theMeetingMayRuleAgainWhileOpenAndTheLastRulingStands() {
    geneva.decide("SIP-1", REQUESTED, Ruling.defer("Awaiting the endorsement letter"));
    Decision second =
        geneva.decide("SIP-1", REQUESTED, Ruling.reject("Endorsement letter not provided"));

    assertEquals(List.of(second), geneva.decisions());
    assertEquals(Optional.empty(), second.getSupersedes());
  }

  @Test
  void aClosedMeetingDecidesNothingMore() {
    geneva.decide("SIP-1", REQUESTED, Ruling.defer("Budget unclear"));
    geneva.close();

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> geneva.decide("SIP-1", REQUESTED, Ruling.approve(REQUESTED, "Clarified")));

    assertEquals("programme.meeting.closed", refused.messageKey());
    assertArrayEquals(new Object[] {"SC-1 Geneva"}, refused.arguments());
    assertEquals(Outcome.DEFERRED, geneva.decisionOn("SIP-1").orElseThrow().getOutcome());
  }

  @Test
  void aClosedMeetingTakesNoAttendanceAndIsNotClosedTwice() {
    geneva.close();

    assertThrows(InvalidInputException.class, () -> geneva.markPresent(ana));
    assertThrows(InvalidInputException.class, geneva::close);
  }

  @Test
  void aLaterMeetingSupersedesADecisionAndCitesIt() {
    Decision deferred = geneva.decide("SIP-1", REQUESTED, Ruling.defer("Budget unclear"));
    geneva.close();

    Decision approved =
        oslo.supersede(deferred, Ruling.approve(new BigDecimal("150000"), "Budget clarified"));

    assertEquals("SIP-1", approved.getApplicationReference());
    assertEquals(REQUESTED, approved.getAmountRequested());
    assertEquals(Optional.of(deferred), approved.getSupersedes());
    assertSame(oslo, approved.getMeeting());
    assertEquals(Outcome.DEFERRED, deferred.getOutcome());
  }

  @Test
  void aSupersedingDecisionIsHeldToTheRequestedAmount() {
    Decision deferred = geneva.decide("SIP-1", REQUESTED, Ruling.defer("Budget unclear"));
    geneva.close();

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> oslo.supersede(deferred, Ruling.approve(new BigDecimal("250000"), "More")));

    assertEquals("programme.decision.amountAboveRequested", refused.messageKey());
  }

  @Test
  void aDecisionOfAnOpenMeetingIsRevisedThereNotSuperseded() {
    Decision deferred = geneva.decide("SIP-1", REQUESTED, Ruling.defer("Budget unclear"));

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> oslo.supersede(deferred, Ruling.reject("Changed our mind")));

    assertEquals("programme.decision.supersedeOpenMeeting", refused.messageKey());
  }

  @Test
  void onlyADecisionOfAnEarlierMeetingCanBeSuperseded() {
    Decision inOslo = oslo.decide("SIP-1", REQUESTED, Ruling.defer("Budget unclear"));
    oslo.close();

    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class,
            () -> geneva.supersede(inOslo, Ruling.reject("Backdated")));

    assertEquals("programme.decision.supersedeNotEarlier", refused.messageKey());
    assertArrayEquals(new Object[] {"SC-2 Oslo", "SC-1 Geneva"}, refused.arguments());
  }

  @Test
  void aMeetingHasAReference() {
    InvalidInputException refused =
        assertThrows(
            InvalidInputException.class, () -> new Meeting(" ", LocalDate.of(2018, 5, 15), 1));

    assertEquals("programme.meeting.referenceRequired", refused.messageKey());
  }
}
