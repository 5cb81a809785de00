package org.quicksilver.web.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.quicksilver.funding.Option;
import org.quicksilver.projects.DeliverableKind;
import org.quicksilver.projects.PartnerRole;
import org.quicksilver.projects.ProjectOptions;
import org.quicksilver.projects.rules.ActivityStatus;
import org.quicksilver.projects.rules.ActivityType;
import org.quicksilver.projects.rules.Gender;
import org.quicksilver.projects.rules.ParticipantRole;
import org.quicksilver.projects.rules.PilotProjectStatus;
import org.quicksilver.reference.CountryOption;
import org.quicksilver.reference.RegionalGroup;

/**
 * The choices of the projects' forms for one view, asked once and kept with the view: countries,
 * organisations, earmarks, projects, and the enumerations.
 */
@Named
@ViewScoped
public class ActivityOptions implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ProjectOptions options;

  private List<CountryOption> countries;
  private List<Option> organisations;
  private List<Option> earmarks;
  private List<Option> projects;

  public List<CountryOption> getCountries() {
    if (countries == null) {
      countries = options.countries();
    }
    return countries;
  }

  public List<Option> getOrganisations() {
    if (organisations == null) {
      organisations = options.organisations();
    }
    return organisations;
  }

  public List<Option> getEarmarks() {
    if (earmarks == null) {
      earmarks = options.earmarks();
    }
    return earmarks;
  }

  public List<Option> getProjects() {
    if (projects == null) {
      projects = options.projects();
    }
    return projects;
  }

  public List<Option> outputs(Long projectId) {
    return projectId == null ? List.of() : options.outputs(projectId);
  }

  public ActivityType[] getTypes() {
    return ActivityType.values();
  }

  public ActivityStatus[] getStatuses() {
    return ActivityStatus.values();
  }

  public RegionalGroup[] getRegions() {
    return RegionalGroup.values();
  }

  public Gender[] getGenders() {
    return Gender.values();
  }

  public ParticipantRole[] getRoles() {
    return ParticipantRole.values();
  }

  public PartnerRole[] getPartnerRoles() {
    return PartnerRole.values();
  }

  public DeliverableKind[] getDeliverableKinds() {
    return DeliverableKind.values();
  }

  public PilotProjectStatus[] getPilotStatuses() {
    return PilotProjectStatus.values();
  }
}
