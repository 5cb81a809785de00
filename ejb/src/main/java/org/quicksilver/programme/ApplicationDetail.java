package org.quicksilver.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.quicksilver.programme.rules.ApplicationFlag;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Budget;

/**
 * Everything a page shows of one application: the summary and what the forms say, the logical
 * framework, the budget, the attachments, the screening checklist with the findings, and the
 * round's criteria the first assessment is written against.
 */
public record ApplicationDetail(
    ApplicationRow summary,
    ApplicationDetails details,
    String eligibilityReason,
    String firstAssessment,
    Instant recordedAt,
    String recordedBy,
    List<BudgetRow> budget,
    List<LogFrameLine> logFrame,
    List<AttachmentRow> attachments,
    List<ScreeningRow> screening,
    List<RoundDetail.CriterionRow> criteria)
    implements Serializable {

  public ApplicationDetail {
    budget = List.copyOf(budget);
    logFrame = List.copyOf(logFrame);
    attachments = List.copyOf(attachments);
    screening = List.copyOf(screening);
    criteria = List.copyOf(criteria);
  }

  public ApplicationStatus status() {
    return summary.status();
  }

  public List<ApplicationFlag> flags() {
    return summary.flags();
  }

  /** Whether the workflow allows this move from where the application stands. */
  public boolean canMoveTo(ApplicationStatus next) {
    return summary.status().canMoveTo(next);
  }

  public BigDecimal budgetTotal() {
    return rules().total();
  }

  /** Whether the budget lines add up to the amount requested, as they must. */
  public boolean budgetMatches() {
    return !budget.isEmpty() && budgetTotal().compareTo(summary.amountRequested()) == 0;
  }

  public List<Integer> budgetYears() {
    return new ArrayList<>(rules().totalsByYear().keySet());
  }

  public List<String> budgetCategories() {
    return new ArrayList<>(rules().totalsByCategory().keySet());
  }

  public Map<Integer, BigDecimal> totalsByYear() {
    return rules().totalsByYear();
  }

  public Map<String, BigDecimal> totalsByCategory() {
    return rules().totalsByCategory();
  }

  /** One cell of the budget table: a category's money in one year (zero when none). */
  public BigDecimal amount(String category, int year) {
    return budget.stream()
        .filter(b -> b.category().equals(category) && b.year() == year)
        .map(BudgetRow::usd)
        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
  }

  public BigDecimal cofinancingTotal() {
    return details.cofinancingCash().add(details.cofinancingInKind());
  }

  public List<LogFrameLine> outcomes() {
    return logFrame.stream().filter(l -> l.level() == ResultLevel.OUTCOME).toList();
  }

  public List<LogFrameLine> outputs() {
    return logFrame.stream().filter(l -> l.level() == ResultLevel.OUTPUT).toList();
  }

  /** Whether every checklist item has a finding. */
  public boolean screeningComplete() {
    return screening.stream().allMatch(ScreeningRow::isRecorded);
  }

  private Budget rules() {
    return new Budget(budget.stream().map(BudgetRow::line).toList());
  }
}
