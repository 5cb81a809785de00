package org.quicksilver.funding.imports;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One thing wrong with a row: the column it is about (as the file's header names it) and a message
 * key with its arguments, translated by the web layer like any refusal.
 */
public record ImportError(String column, String messageKey, List<Serializable> arguments)
    implements Serializable {
  private static final long serialVersionUID = 1L;

  public ImportError {
    // a copy that keeps a null argument (List.copyOf would refuse it) and stays Serializable
    arguments = Collections.unmodifiableList(new ArrayList<>(arguments));
  }
}
