package org.quicksilver.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import net.sf.jasperreports.engine.JRException;
import org.junit.jupiter.api.Test;

class ProgressReportingDataSourceTest {

  /** What a listener heard: pairs of rows done and rows in all. */
  private static final class Heard implements ProgressListener {
    final List<int[]> calls = new ArrayList<>();

    @Override
    public void progress(int rowsDone, int rowsTotal) {
      calls.add(new int[] {rowsDone, rowsTotal});
    }

    int last() {
      return calls.get(calls.size() - 1)[0];
    }
  }

  private static Heard readAll(int rows) throws JRException {
    Heard heard = new Heard();
    var source = new ProgressReportingDataSource(Collections.nCopies(rows, new Object()), heard);
    source.start();
    while (source.next()) {
      // the fill would read fields here
    }
    assertFalse(source.next(), "a finished source stays finished");
    return heard;
  }

  @Test
  void tellsAboutAHundredTimesHoweverManyRows() throws JRException {
    Heard heard = readAll(100_000);
    assertEquals(0, heard.calls.get(0)[0], "the fill begins");
    assertEquals(100_000, heard.last(), "every row filled");
    assertTrue(heard.calls.size() <= 102, heard.calls.size() + " calls");
    assertTrue(heard.calls.size() >= 100, heard.calls.size() + " calls");
    for (int i = 1; i < heard.calls.size(); i++) {
      assertTrue(heard.calls.get(i)[0] > heard.calls.get(i - 1)[0], "rows done only grow");
      assertEquals(100_000, heard.calls.get(i)[1]);
    }
  }

  @Test
  void aSmallReportIsToldEveryRowAndOnceAtTheEnd() throws JRException {
    Heard heard = readAll(3);
    assertEquals(List.of(0, 1, 2, 3), heard.calls.stream().map(c -> c[0]).toList());
  }

  @Test
  void aReportWithNoRowsBeginsAndEnds() throws JRException {
    Heard heard = readAll(0);
    assertEquals(2, heard.calls.size());
    assertEquals(100, ProgressListener.percent(heard.last(), 0));
  }

  @Test
  void percentIsBoundedAndRoundsDown() {
    assertEquals(0, ProgressListener.percent(0, 7));
    assertEquals(42, ProgressListener.percent(3, 7));
    assertEquals(100, ProgressListener.percent(7, 7));
    assertEquals(100, ProgressListener.percent(8, 7));
    assertEquals(50, ProgressListener.percent(1_000_000_000, 2_000_000_000), "no int overflow");
  }

  @Test
  void aRenderReportsItsFillFromStartToEnd() {
    Heard heard = new Heard();
    var request = ProgressFixture.request(java.util.Locale.ENGLISH, ReportFormat.PDF);
    byte[] pdf = new ReportRenderer().render(request, heard);
    assertTrue(pdf.length > 0);
    int rows = request.rows().size();
    assertEquals(0, heard.calls.get(0)[0]);
    assertEquals(rows, heard.last());
    assertEquals(rows + 1, heard.calls.size(), "a small report: every row and the start");
  }
}
