package org.quicksilver.reporting;

import jakarta.enterprise.context.RequestScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The register entries kept during the current request (or background job): how a job learns which
 * entry its report service kept, while report services go on returning just the file.
 */
@RequestScoped
public class KeptReports {
  private final List<Long> ids = new ArrayList<>();

  public void kept(long id) {
    ids.add(id);
  }

  public int count() {
    return ids.size();
  }

  /** The entry kept last in this request, if any. */
  public Optional<Long> last() {
    return ids.isEmpty() ? Optional.empty() : Optional.of(ids.get(ids.size() - 1));
  }
}
