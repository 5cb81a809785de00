package org.quicksilver.web.projects;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.quicksilver.funding.Option;
import org.quicksilver.projects.ProjectForm;
import org.quicksilver.projects.ProjectOptions;
import org.quicksilver.projects.ProjectRow;
import org.quicksilver.projects.ProjectService;
import org.quicksilver.web.platform.PagedList;
import org.quicksilver.web.platform.Texts;

/** The funded projects, and a new one. */
@Named
@ViewScoped
public class ProjectsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ProjectService projects;
  @Inject private ProjectOptions options;

  private PagedList<ProjectRow> list;
  private ProjectForm form;
  private List<Option> organisations;
  private List<Option> earmarks;

  @PostConstruct
  void init() {
    ProjectService service = projects;
    list = new PagedList<>(service::list, service::count, row -> String.valueOf(row.id()));
  }

  public void startNew() {
    form = new ProjectForm();
    if (organisations == null) {
      organisations = options.organisations();
      earmarks = options.earmarks();
    }
  }

  public void create() {
    projects.create(form);
    Texts.info("projects.project.created", form.getCode());
    form = null;
  }

  public PagedList<ProjectRow> getList() {
    return list;
  }

  public ProjectForm getForm() {
    return form;
  }

  public List<Option> getOrganisations() {
    return organisations;
  }

  public List<Option> getEarmarks() {
    return earmarks;
  }
}
