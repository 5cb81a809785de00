package org.quicksilver.web.programme;

import java.io.Serializable;
import java.math.BigDecimal;
import org.quicksilver.programme.BudgetRow;

/** One budget line while the page edits it. */
public class BudgetLineForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private String category;
  private Integer year;
  private BigDecimal usd;

  static BudgetLineForm of(BudgetRow row) {
    BudgetLineForm form = new BudgetLineForm();
    form.category = row.category();
    form.year = row.year();
    form.usd = row.usd();
    return form;
  }

  BudgetRow row() {
    return new BudgetRow(category, year == null ? 0 : year, usd);
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public Integer getYear() {
    return year;
  }

  public void setYear(Integer year) {
    this.year = year;
  }

  public BigDecimal getUsd() {
    return usd;
  }

  public void setUsd(BigDecimal usd) {
    this.usd = usd;
  }
}
