package org.quicksilver.programme;

/** A seat on the committee: the two co-chairs and the members. */
public enum MemberRole {
  CO_CHAIR,
  MEMBER
}
