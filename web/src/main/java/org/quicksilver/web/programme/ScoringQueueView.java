package org.quicksilver.web.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.quicksilver.platform.QuicksilverException;
import org.quicksilver.programme.QueueRow;
import org.quicksilver.programme.ScoringService;
import org.quicksilver.web.platform.Texts;

/** A member's scoring queue: what they have to score in the round under review. */
@Named
@ViewScoped
public class ScoringQueueView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ScoringService scoring;

  private List<QueueRow> queue;

  public void load() {
    try {
      queue = scoring.myQueue();
    } catch (QuicksilverException refused) {
      // e.g. an account with the scoring role but no committee seat
      queue = List.of();
      Texts.error(refused.messageKey(), refused.arguments());
    }
  }

  public List<QueueRow> getQueue() {
    return queue;
  }
}
