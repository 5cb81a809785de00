package org.quicksilver.funding;

import java.io.Serializable;
import java.util.List;

/** Everything about one donor's money on one page: its totals and its money by fund and earmark. */
public record DonorAccount(
    DonorBalance totals, String countryIso, List<DonorEarmarkBalance> byEarmark)
    implements Serializable {}
