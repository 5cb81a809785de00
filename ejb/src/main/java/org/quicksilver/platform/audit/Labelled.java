package org.quicksilver.platform.audit;

/** A record that other records point to, and how a history names it (not by its bare id). */
public interface Labelled {
  String auditLabel();
}
