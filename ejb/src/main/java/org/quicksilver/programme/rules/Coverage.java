package org.quicksilver.programme.rules;

/** Which money would pay for a ranked application, if any. */
public enum Coverage {
  /** Above the funding line: the trust fund's available balance covers it. */
  FUNDABLE,
  /** Below the line, but covered once pledged SIP money is paid in. */
  FUNDABLE_IF_PLEDGES_PAID,
  /** Below the line and beyond the pledges: waits for new money. */
  RESERVE
}
