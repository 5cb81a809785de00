package org.quicksilver.funding;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.quicksilver.reference.Organisation;
import org.quicksilver.reference.OrganisationKind;

/** Funding records as the services would build them, without a database. */
final class Fixtures {
  static final Instant NOW = Instant.parse("2018-07-03T09:00:00Z");
  static final LocalDate PLEDGED_ON = LocalDate.of(2018, 3, 1);
  static final LocalDate EXPECTED_BY = LocalDate.of(2018, 6, 30);

  private Fixtures() {}

  /** A donor as loaded from the database: it has an id, which the rules compare. */
  static Organisation donor(long id, String name) {
    return new Organisation(name, null, OrganisationKind.GOVERNMENT, null) {
      @Override
      public Long getId() {
        return id;
      }
    };
  }

  static Earmark earmark() {
    Fund fund = new Fund("GTF", "General trust fund", "Fonds général", "Fondo general");
    return new Earmark(fund, "UNEARMARKED", "Unearmarked", "Non affecté", "No asignado");
  }

  static RateApplied unRate(String unitsPerUsd) {
    return new RateApplied(new BigDecimal(unitsPerUsd), "UN operational rate", null);
  }

  static Pledge.Terms terms(PledgeKind kind, String conditions) {
    return new Pledge.Terms(kind, "JP-2018-PL1", PLEDGED_ON, null, null, EXPECTED_BY, conditions);
  }

  static Pledge pledge(Organisation donor, String amount, String currencyCode, String rate) {
    return new Pledge(
        donor,
        earmark(),
        terms(PledgeKind.PLEDGE, null),
        new BigDecimal(amount),
        currencyCode,
        unRate(rate),
        "treasurer",
        NOW);
  }
}
