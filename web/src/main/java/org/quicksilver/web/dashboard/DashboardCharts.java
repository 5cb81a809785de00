package org.quicksilver.web.dashboard;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.quicksilver.funding.DonorFundShare;
import org.quicksilver.funding.FundBalance;
import org.quicksilver.programme.MyScoring;
import org.quicksilver.programme.StatusCount;
import org.quicksilver.web.platform.Texts;

/**
 * The dashboard's figures drawn as Chart.js configurations (PrimeFaces' p:chart): only the drawing,
 * the figures come from the services.
 */
final class DashboardCharts {
  private static final String BLUE = "#1e6091";
  private static final String GREEN = "#52b69a";
  private static final String AMBER = "#d9a400";
  private static final String GREY = "#adb5bd";

  private DashboardCharts() {}

  /** Received and available per fund, all earmarks of a fund together. */
  static String fundBalances(List<FundBalance> balances) {
    Map<String, BigDecimal[]> byFund = new LinkedHashMap<>();
    for (FundBalance b : balances) {
      BigDecimal[] sums =
          byFund.computeIfAbsent(
              b.fundCode(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
      sums[0] = sums[0].add(b.received());
      sums[1] = sums[1].add(b.available());
    }
    var labels = Json.createArrayBuilder();
    var received = Json.createArrayBuilder();
    var available = Json.createArrayBuilder();
    byFund.forEach(
        (fund, sums) -> {
          labels.add(fund);
          received.add(sums[0]);
          available.add(sums[1]);
        });
    return bar(
        labels,
        Json.createArrayBuilder()
            .add(dataset(Texts.text("funding.received"), received, BLUE))
            .add(dataset(Texts.text("funding.available"), available, GREEN)));
  }

  /** A donor's money received and attributed, fund by fund. */
  static String donorFunds(List<DonorFundShare> funds) {
    var labels = Json.createArrayBuilder();
    var received = Json.createArrayBuilder();
    var attributed = Json.createArrayBuilder();
    for (DonorFundShare fund : funds) {
      labels.add(fund.fundCode());
      received.add(fund.received());
      attributed.add(fund.attributed());
    }
    return bar(
        labels,
        Json.createArrayBuilder()
            .add(dataset(Texts.text("funding.received"), received, BLUE))
            .add(dataset(Texts.text("dashboard.attributed"), attributed, GREEN)));
  }

  /** A round's applications by status, statuses no application stands at left out. */
  static String applicationsByStatus(List<StatusCount> counts) {
    var labels = Json.createArrayBuilder();
    var values = Json.createArrayBuilder();
    for (StatusCount count : counts) {
      if (count.count() > 0) {
        labels.add(Texts.text("enum.ApplicationStatus." + count.status()));
        values.add(count.count());
      }
    }
    return bar(
        labels,
        Json.createArrayBuilder()
            .add(dataset(Texts.text("dashboard.round.applications"), values, BLUE)));
  }

  /** A member's own sheets: submitted, in draft, not started. */
  static String myScoring(MyScoring mine) {
    var labels =
        Json.createArrayBuilder()
            .add(Texts.text("enum.ScoringState.SUBMITTED"))
            .add(Texts.text("enum.ScoringState.DRAFT"))
            .add(Texts.text("enum.ScoringState.NOT_STARTED"));
    var values =
        Json.createArrayBuilder().add(mine.submitted()).add(mine.inDraft()).add(mine.notStarted());
    var colours = Json.createArrayBuilder().add(GREEN).add(AMBER).add(GREY);
    return Json.createObjectBuilder()
        .add("type", "doughnut")
        .add(
            "data",
            Json.createObjectBuilder()
                .add("labels", labels)
                .add(
                    "datasets",
                    Json.createArrayBuilder()
                        .add(
                            Json.createObjectBuilder()
                                .add("data", values)
                                .add("backgroundColor", colours))))
        .add("options", options())
        .build()
        .toString();
  }

  private static String bar(JsonArrayBuilder labels, JsonArrayBuilder datasets) {
    return Json.createObjectBuilder()
        .add("type", "bar")
        .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", datasets))
        .add("options", options())
        .build()
        .toString();
  }

  private static JsonObjectBuilder options() {
    return Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false);
  }

  private static JsonObjectBuilder dataset(String label, JsonArrayBuilder values, String colour) {
    return Json.createObjectBuilder()
        .add("label", label)
        .add("data", values)
        .add("backgroundColor", colour);
  }
}
