package org.quicksilver.funding.imports;

import java.io.Serializable;

/** What an import did: rows added, and rows skipped because they were already recorded. */
public record ImportResult(int added, int skipped) implements Serializable {
  private static final long serialVersionUID = 1L;
}
