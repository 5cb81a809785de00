package org.quicksilver.programme.rules;

import java.math.BigDecimal;

/**
 * One line of an application's budget. Categories are those of the application form the Board
 * adopted, so they are text rather than a fixed list.
 *
 * @param category e.g. "Personnel", "Travel", "Workshops"
 * @param year the calendar year the money is to be spent in
 * @param usd the amount, in US dollars and cents
 */
public record BudgetLine(String category, int year, BigDecimal usd) {
  public BudgetLine {
    category = Text.required(category, "programme.budget.categoryRequired");
    usd = Usd.notNegative(usd);
  }
}
