package org.quicksilver.reporting;

import java.time.LocalDate;
import java.util.List;
import org.quicksilver.reports.DonorReport;
import org.quicksilver.reports.DonorReportRow;

/**
 * What a donor report shows: its header and its lines in print order.
 *
 * @param dataAsOf the day whose end (in Geneva) the data is taken at
 */
public record DonorReportData(
    DonorReport.Donor donor,
    LocalDate from,
    LocalDate to,
    LocalDate dataAsOf,
    List<DonorReportRow> rows) {
  public DonorReportData {
    rows = List.copyOf(rows);
  }
}
