package org.quicksilver.programme.rules;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.quicksilver.platform.InvalidInputException;

/** An application's budget lines by category and year; they must add up to what is requested. */
public final class Budget {
  private final List<BudgetLine> lines;

  public Budget(List<BudgetLine> lines) {
    this.lines = List.copyOf(lines);
  }

  public BigDecimal total() {
    return lines.stream().map(BudgetLine::usd).reduce(Usd.ZERO, BigDecimal::add);
  }

  /** Refuses a budget that does not add up, showing both figures so the gap can be found. */
  public void checkMatches(BigDecimal amountRequested) {
    BigDecimal requested = Usd.exact(amountRequested);
    BigDecimal total = total();
    if (total.compareTo(requested) != 0) {
      throw new InvalidInputException("programme.application.budgetMismatch", total, requested);
    }
  }

  public Map<Integer, BigDecimal> totalsByYear() {
    Map<Integer, BigDecimal> totals = new TreeMap<>();
    lines.forEach(line -> totals.merge(line.year(), line.usd(), BigDecimal::add));
    return totals;
  }

  public Map<String, BigDecimal> totalsByCategory() {
    Map<String, BigDecimal> totals = new TreeMap<>();
    lines.forEach(line -> totals.merge(line.category(), line.usd(), BigDecimal::add));
    return totals;
  }

  public List<BudgetLine> getLines() {
    return lines;
  }
}
