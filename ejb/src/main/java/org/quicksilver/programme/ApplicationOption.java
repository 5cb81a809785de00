package org.quicksilver.programme;

import java.io.Serializable;

/** An application to pick in a form (e.g. the one a conflict is declared on). */
public record ApplicationOption(Long id, String reference, String title, String countryCode)
    implements Serializable {
  public String label() {
    return reference + " · " + countryCode + " · " + title;
  }
}
