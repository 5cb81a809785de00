package org.quicksilver.web.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.quicksilver.projects.PilotForm;
import org.quicksilver.projects.PilotProjectService;
import org.quicksilver.projects.PilotRow;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;

/** National pilot projects with their open and overdue milestones, and a new one. */
@Named
@ViewScoped
public class PilotsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private PilotProjectService pilots;

  private PagedList<PilotRow> list;
  private PilotForm form;

  @PostConstruct
  void init() {
    PilotProjectService service = pilots;
    list = new PagedList<>(service::list, service::count, row -> String.valueOf(row.id()));
  }

  public void startNew() {
    form = new PilotForm();
  }

  public void create() {
    pilots.create(form);
    Texts.info("projects.pilot.created");
    form = null;
  }

  public PagedList<PilotRow> getList() {
    return list;
  }

  public PilotForm getForm() {
    return form;
  }
}
