package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.quicksilver.platform.InvalidInputException;

/**
 * A meeting of the committee. It decides only with a quorum present and only while open; closing it
 * makes its decisions final, as they appear in the meeting's report.
 */
public final class Meeting {
  private final String reference;
  private final LocalDate heldOn;
  private final int quorum;
  private final Set<String> presentMemberIds = new LinkedHashSet<>();
  private final Map<String, Decision> decisionsByApplication = new LinkedHashMap<>();
  private boolean closed;

  /**
   * @param heldOn the first day of the meeting; orders meetings for superseding
   * @param quorum how many members must be present to decide
   */
  public Meeting(String reference, LocalDate heldOn, int quorum) {
    if (quorum < 1) {
      throw new InvalidInputException("programme.meeting.quorumNotPositive", quorum);
    }
    this.reference = Text.required(reference, "programme.meeting.referenceRequired");
    this.heldOn = heldOn;
    this.quorum = quorum;
  }

  public void markPresent(CommitteeMember member) {
    checkOpen();
    presentMemberIds.add(member.id());
  }

  public boolean hasQuorum() {
    return presentMemberIds.size() >= quorum;
  }

  /**
   * Records the committee's ruling. Ruling again on the same application while the meeting is open
   * replaces the earlier ruling: the meeting has not spoken until it closes.
   */
  public Decision decide(String applicationReference, BigDecimal amountRequested, Ruling ruling) {
    return record(applicationReference, amountRequested, ruling, Optional.empty());
  }

  /** Replaces a decision of an earlier, closed meeting; the new decision cites it. */
  public Decision supersede(Decision earlier, Ruling ruling) {
    Meeting earlierMeeting = earlier.getMeeting();
    if (!earlierMeeting.isClosed()) {
      throw new InvalidInputException(
          "programme.decision.supersedeOpenMeeting", earlierMeeting.getReference());
    }
    if (!earlierMeeting.getHeldOn().isBefore(heldOn)) {
      throw new InvalidInputException(
          "programme.decision.supersedeNotEarlier", earlierMeeting.getReference(), reference);
    }
    return record(
        earlier.getApplicationReference(),
        earlier.getAmountRequested(),
        ruling,
        Optional.of(earlier));
  }

  public void close() {
    checkOpen();
    closed = true;
  }

  private Decision record(
      String applicationReference,
      BigDecimal amountRequested,
      Ruling ruling,
      Optional<Decision> supersedes) {
    checkOpen();
    if (!hasQuorum()) {
      throw new InvalidInputException(
          "programme.meeting.noQuorum", presentMemberIds.size(), quorum);
    }
    BigDecimal requested = Usd.positive(amountRequested);
    Optional<BigDecimal> approved = ruling.approvedAmount();
    if (approved.isPresent() && approved.get().compareTo(requested) > 0) {
      throw new InvalidInputException(
          "programme.decision.amountAboveRequested", approved.get(), requested);
    }
    Decision decision =
        new Decision(
            this,
            Text.required(applicationReference, "programme.application.referenceRequired"),
            requested,
            ruling,
            supersedes);
    decisionsByApplication.put(decision.getApplicationReference(), decision);
    return decision;
  }

  private void checkOpen() {
    if (closed) {
      throw new InvalidInputException("programme.meeting.closed", reference);
    }
  }

  public Optional<Decision> decisionOn(String applicationReference) {
    return Optional.ofNullable(decisionsByApplication.get(applicationReference));
  }

  public List<Decision> decisions() {
    return List.copyOf(decisionsByApplication.values());
  }

  public String getReference() {
    return reference;
  }

  public LocalDate getHeldOn() {
    return heldOn;
  }

  public int getQuorum() {
    return quorum;
  }

  public Set<String> getPresentMemberIds() {
    return Set.copyOf(presentMemberIds);
  }

  public boolean isClosed() {
    return closed;
  }
}
