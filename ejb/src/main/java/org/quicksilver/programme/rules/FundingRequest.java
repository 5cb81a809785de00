package org.quicksilver.programme.rules;

import java.math.BigDecimal;

/** What one ranked application asks of the SIP trust fund, in US dollars. */
public record FundingRequest(String applicationReference, BigDecimal amountRequested) {
  public FundingRequest {
    applicationReference =
        Text.required(applicationReference, "programme.application.referenceRequired");
    amountRequested = Usd.positive(amountRequested);
  }
}
