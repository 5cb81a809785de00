package org.quicksilver.web.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.quicksilver.programme.MeetingForm;
import org.quicksilver.programme.MeetingRow;
import org.quicksilver.programme.MeetingService;
import org.quicksilver.web.platform.Texts;

/** The committee's meetings, and a new one. */
@Named
@ViewScoped
public class MeetingsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private MeetingService meetings;

  private List<MeetingRow> rows;
  private MeetingForm form;

  public List<MeetingRow> getRows() {
    if (rows == null) {
      rows = meetings.list();
    }
    return rows;
  }

  public void startNew() {
    form = new MeetingForm();
  }

  public void create() {
    meetings.create(form);
    Texts.info("programme.meeting.created", form.getReference());
    form = null;
    rows = null;
  }

  public MeetingForm getForm() {
    return form;
  }
}
