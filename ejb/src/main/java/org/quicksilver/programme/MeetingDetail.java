package org.quicksilver.programme;

import java.io.Serializable;
import java.util.List;

/** Everything a meeting's page shows: the meeting, who sat, what it considered and decided. */
public record MeetingDetail(MeetingRow meeting, List<SeatAtMeeting> seats, List<AgendaItem> agenda)
    implements Serializable {

  public long presentCount() {
    return seats.stream().filter(SeatAtMeeting::present).count();
  }

  public boolean hasQuorum() {
    return presentCount() >= meeting.quorum();
  }
}
