package org.quicksilver.projects;

import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.quicksilver.reference.CountryOption;

/**
 * Everything an activity's page shows but its participants (asked apart, by permission): the
 * countries it serves, partners, deliverables, and its money — allocated to it and spent.
 */
public record ActivityDetail(
    ActivityRow activity,
    String statusReason,
    Long outputId,
    String outputCode,
    Long venueCountryId,
    boolean illustrative,
    List<CountryOption> countries,
    List<PartnerRow> partners,
    List<DeliverableRow> deliverables,
    BigDecimal allocatedUsd,
    List<CostRow> costs)
    implements Serializable {

  /** Allocated to the activity but not yet spent. */
  public BigDecimal unspentUsd() {
    return allocatedUsd.subtract(activity.actualUsd());
  }
}
