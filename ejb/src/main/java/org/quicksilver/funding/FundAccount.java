package org.quicksilver.funding;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/** A fund with its balances by earmark; totals are sums of the earmark lines shown. */
public record FundAccount(
    Long id,
    String code,
    String nameEn,
    String nameFr,
    String nameEs,
    String currencyCode,
    List<FundBalance> earmarks)
    implements Serializable {

  public String name(Locale locale) {
    return org.quicksilver.platform.Translations.pick(locale, nameEn, nameFr, nameEs);
  }

  public FundBalance total() {
    return new FundBalance(
        id,
        code,
        null,
        null,
        sum(FundBalance::received),
        sum(FundBalance::allocated),
        sum(FundBalance::spent));
  }

  private BigDecimal sum(java.util.function.Function<FundBalance, BigDecimal> figure) {
    return earmarks.stream().map(figure).reduce(BigDecimal.ZERO, BigDecimal::add);
  }
}
