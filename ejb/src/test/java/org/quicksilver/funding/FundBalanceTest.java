package org.quicksilver.funding;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class FundBalanceTest {
  private final FundBalance balance =
      new FundBalance(
          1L,
          "GTF",
          2L,
          "UNEARMARKED",
          new BigDecimal("12000.00"),
          new BigDecimal("7500.50"),
          new BigDecimal("2000.25"));

  @Test
  void whatCanStillBeAllocatedIsWhatWasReceivedLessWhatWasAllocated() {
    assertEquals(new BigDecimal("4499.50"), balance.available());
  }

  @Test
  void whatIsUnspentIsWhatWasAllocatedLessWhatWasSpent() {
    assertEquals(new BigDecimal("5500.25"), balance.unspent());
  }
}
