package org.quicksilver.programme;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import org.quicksilver.programme.rules.BudgetLine;

/** One budget line, as a page edits it and a service returns it. */
public record BudgetRow(
    @NotBlank @Size(max = 100) String category,
    @Min(2000) @Max(2100) int year,
    @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal usd)
    implements Serializable {

  BudgetLine line() {
    return new BudgetLine(category, year, usd);
  }
}
