package org.quicksilver.funding;

/**
 * What the donor committed to. Under IPSAS 23 a pledge is not revenue; a signed agreement without
 * conditions is recognised when signed; one with conditions only as they are met.
 */
public enum PledgeKind {
  PLEDGE,
  AGREEMENT,
  CONDITIONAL_AGREEMENT;

  public boolean isRecognisedWhenSigned() {
    return this == AGREEMENT;
  }
}
