package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * How far the SIP trust fund reaches down the ranking. Going down in ranking order, the funding
 * line falls at the first application the available balance can no longer cover in full; that one
 * and every one below it form the reserve list, even a smaller one further down that would fit,
 * because the ranking is the committee's order of merit. The pledged-but-unpaid money is then drawn
 * down the reserve list the same way, to show what it would additionally cover. Partial funding is
 * the committee's call, so it is not proposed here.
 */
public final class FundingEnvelope {
  private final BigDecimal available;
  private final BigDecimal pledgedUnpaid;
  private final List<EnvelopeLine> lines;

  private FundingEnvelope(
      BigDecimal available, BigDecimal pledgedUnpaid, List<EnvelopeLine> lines) {
    this.available = available;
    this.pledgedUnpaid = pledgedUnpaid;
    this.lines = List.copyOf(lines);
  }

  /**
   * @param inRankingOrder the ranked applications' requests, best first
   * @param available the trust fund's balance free for grants, in USD
   * @param pledgedUnpaid SIP money pledged but not yet received, in USD
   */
  public static FundingEnvelope draw(
      List<FundingRequest> inRankingOrder, BigDecimal available, BigDecimal pledgedUnpaid) {
    BigDecimal balance = Usd.notNegative(available);
    BigDecimal pledged = Usd.notNegative(pledgedUnpaid);
    BigDecimal withPledges = balance.add(pledged);
    List<EnvelopeLine> lines = new ArrayList<>();
    BigDecimal runningTotal = Usd.ZERO;
    Coverage reached = Coverage.FUNDABLE;
    for (FundingRequest request : inRankingOrder) {
      runningTotal = runningTotal.add(request.amountRequested());
      // Coverage only ever steps down: once a line is drawn, nothing below it moves back up.
      if (reached == Coverage.FUNDABLE && runningTotal.compareTo(balance) > 0) {
        reached = Coverage.FUNDABLE_IF_PLEDGES_PAID;
      }
      if (reached == Coverage.FUNDABLE_IF_PLEDGES_PAID && runningTotal.compareTo(withPledges) > 0) {
        reached = Coverage.RESERVE;
      }
      lines.add(
          new EnvelopeLine(
              lines.size() + 1,
              request.applicationReference(),
              request.amountRequested(),
              runningTotal,
              reached));
    }
    return new FundingEnvelope(balance, pledged, lines);
  }

  public List<EnvelopeLine> lines() {
    return lines;
  }

  /** Above the line: what the available balance pays for. */
  public List<EnvelopeLine> fundable() {
    return lines.stream().filter(line -> line.coverage() == Coverage.FUNDABLE).toList();
  }

  /** Below the line, in ranking order: those pledges would cover come first. */
  public List<EnvelopeLine> reserveList() {
    return lines.stream().filter(line -> line.coverage() != Coverage.FUNDABLE).toList();
  }

  /** The top of the reserve list that pledged money would additionally cover once paid. */
  public List<EnvelopeLine> coveredByPledges() {
    return lines.stream()
        .filter(line -> line.coverage() == Coverage.FUNDABLE_IF_PLEDGES_PAID)
        .toList();
  }

  public BigDecimal fundableTotal() {
    return sum(fundable());
  }

  public BigDecimal coveredByPledgesTotal() {
    return sum(coveredByPledges());
  }

  /** What stays in the available balance once the fundable applications are paid. */
  public BigDecimal availableLeft() {
    return available.subtract(fundableTotal());
  }

  public BigDecimal getAvailable() {
    return available;
  }

  public BigDecimal getPledgedUnpaid() {
    return pledgedUnpaid;
  }

  private static BigDecimal sum(List<EnvelopeLine> lines) {
    return lines.stream().map(EnvelopeLine::requested).reduce(Usd.ZERO, BigDecimal::add);
  }
}
