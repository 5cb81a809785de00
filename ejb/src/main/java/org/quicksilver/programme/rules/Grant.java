package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.quicksilver.platform.InvalidInputException;

/**
 * An approved application turned into money: tranches paid from the SIP trust fund and reports due
 * in return. What is paid never exceeds what the committee approved, and a tranche waiting for a
 * report is not paid before that report is accepted.
 */
public final class Grant {
  private final String reference;
  private final BigDecimal approvedAmount;
  private final List<Tranche> tranches = new ArrayList<>();
  private final List<GrantReport> reports = new ArrayList<>();

  public Grant(String reference, BigDecimal approvedAmount) {
    this.reference = Text.required(reference, "programme.grant.referenceRequired");
    this.approvedAmount = Usd.positive(approvedAmount);
  }

  /** The grant an approval creates, for the amount approved. */
  public static Grant from(String reference, Decision decision) {
    BigDecimal approved =
        decision
            .getApprovedAmount()
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "programme.grant.notApproved",
                        decision.getApplicationReference(),
                        decision.getOutcome()));
    return new Grant(reference, approved);
  }

  public GrantReport expectReport(String reportReference, ReportKind kind, LocalDate dueOn) {
    GrantReport report = new GrantReport(reportReference, kind, dueOn);
    reports.add(report);
    return report;
  }

  /** Plans the next tranche; the schedule may be revised, so the ceiling is checked on payment. */
  public Tranche planTranche(BigDecimal amount, Optional<GrantReport> releasedBy) {
    releasedBy
        .filter(report -> !reports.contains(report))
        .ifPresent(
            report -> {
              throw new InvalidInputException(
                  "programme.report.otherGrant", report.getReference(), reference);
            });
    Tranche tranche = new Tranche(tranches.size() + 1, Usd.positive(amount), releasedBy);
    tranches.add(tranche);
    return tranche;
  }

  public void pay(Tranche tranche, LocalDate paidOn) {
    if (!tranches.contains(tranche)) {
      throw new InvalidInputException(
          "programme.tranche.otherGrant", tranche.getNumber(), reference);
    }
    if (tranche.isPaid()) {
      throw new InvalidInputException("programme.tranche.alreadyPaid", tranche.getNumber());
    }
    if (!tranche.isConditionMet()) {
      throw new InvalidInputException(
          "programme.tranche.conditionNotMet",
          tranche.getNumber(),
          tranche.getReleasedBy().orElseThrow().getReference());
    }
    BigDecimal paidAfter = paidTotal().add(tranche.getAmount());
    if (paidAfter.compareTo(approvedAmount) > 0) {
      throw new InvalidInputException(
          "programme.tranche.beyondApproved", tranche.getNumber(), paidAfter, approvedAmount);
    }
    tranche.markPaid(paidOn);
  }

  public BigDecimal paidTotal() {
    return tranches.stream()
        .filter(Tranche::isPaid)
        .map(Tranche::getAmount)
        .reduce(Usd.ZERO, BigDecimal::add);
  }

  public BigDecimal unpaid() {
    return approvedAmount.subtract(paidTotal());
  }

  public List<GrantReport> overdueReports(LocalDate today) {
    return reports.stream().filter(report -> report.isOverdue(today)).toList();
  }

  public String getReference() {
    return reference;
  }

  public BigDecimal getApprovedAmount() {
    return approvedAmount;
  }

  public List<Tranche> getTranches() {
    return List.copyOf(tranches);
  }

  public List<GrantReport> getReports() {
    return List.copyOf(reports);
  }
}
