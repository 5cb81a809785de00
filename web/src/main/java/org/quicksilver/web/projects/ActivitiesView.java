package org.quicksilver.web.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.quicksilver.funding.Option;
import org.quicksilver.projects.ActivityForm;
import org.quicksilver.projects.ActivityRow;
import org.quicksilver.projects.ActivityService;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;

/** Activities and events, filtered in the database, and a new one. */
@Named
@ViewScoped
public class ActivitiesView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ActivityService activities;
  @Inject private ActivityOptions options;

  private PagedList<ActivityRow> list;
  private Long projectId;
  private LocalDate from;
  private LocalDate to;
  private ActivityForm form;
  private List<Option> outputs = List.of();

  @PostConstruct
  void init() {
    ActivityService service = activities;
    list = new PagedList<>(service::list, service::count, row -> String.valueOf(row.id()));
  }

  /** The project and date range above the table narrow every page it loads. */
  public void applyFilters() {
    list.restrictedTo("projectId", projectId == null ? "" : projectId.toString());
    list.restrictedTo("from", from == null ? "" : from.toString());
    list.restrictedTo("to", to == null ? "" : to.toString());
  }

  public void startNew() {
    form = new ActivityForm();
    form.setProjectId(projectId);
    projectChanged();
  }

  public void projectChanged() {
    outputs = options.outputs(form.getProjectId());
    form.setOutputId(null);
  }

  /** Creates the activity and opens its page, where participants and costs are recorded. */
  public String create() {
    long id = activities.create(form);
    Texts.info("projects.activity.created", form.getTitle());
    jakarta.faces.context.FacesContext.getCurrentInstance()
        .getExternalContext()
        .getFlash()
        .setKeepMessages(true);
    form = null;
    return "/projects/activity?faces-redirect=true&id=" + id;
  }

  public PagedList<ActivityRow> getList() {
    return list;
  }

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public LocalDate getFrom() {
    return from;
  }

  public void setFrom(LocalDate from) {
    this.from = from;
  }

  public LocalDate getTo() {
    return to;
  }

  public void setTo(LocalDate to) {
    this.to = to;
  }

  public ActivityForm getForm() {
    return form;
  }

  public List<Option> getOutputs() {
    return outputs;
  }
}
