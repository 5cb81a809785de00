package org.quicksilver.web.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.apache.shiro.SecurityUtils;
import org.omnifaces.util.Faces;
import org.quicksilver.funding.Option;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.projects.ActivityDetail;
import org.quicksilver.projects.ActivityForm;
import org.quicksilver.projects.ActivityRow;
import org.quicksilver.projects.ActivityService;
import org.quicksilver.projects.CostForm;
import org.quicksilver.projects.DeliverableForm;
import org.quicksilver.projects.ParticipantCounts;
import org.quicksilver.projects.ParticipantForm;
import org.quicksilver.projects.ParticipantRow;
import org.quicksilver.projects.ParticipantService;
import org.quicksilver.projects.PartnerRole;
import org.quicksilver.projects.rules.ActivityStatus;
import org.quicksilver.security.Permissions;
import org.quicksilver.web.platform.Texts;

/**
 * One activity: its plan and status moves, countries, partners, deliverables, participants (names
 * for staff, counts for everyone) and costs paid from an earmark.
 */
@Named
@ViewScoped
public class ActivityView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The status moves the page offers; two of them need a reason. */
  public enum Move {
    CONFIRM,
    POSTPONE,
    CANCEL,
    HELD
  }

  @Inject private ActivityService activities;
  @Inject private ParticipantService participants;
  @Inject private ActivityOptions options;

  private Long activityId;
  private ActivityDetail detail;
  private ParticipantCounts counts;
  private List<ParticipantRow> named;
  private ActivityForm form;
  private List<Option> outputs = List.of();
  private Move move;
  private String reason;
  private Long countryToAdd;
  private Long partnerOrganisation;
  private PartnerRole partnerRole = PartnerRole.CO_ORGANISER;
  private DeliverableForm deliverable = new DeliverableForm();
  private ParticipantForm participant;
  private CostForm cost;

  public void load() throws IOException {
    if (activityId == null) {
      Faces.responseSendError(404, "");
      return;
    }
    try {
      refresh();
    } catch (RecordNotFoundException unknown) {
      Faces.responseSendError(404, "");
    }
  }

  private void refresh() {
    detail = activities.detail(activityId);
    counts = participants.totals(activityId);
    // names only for staff: the service refuses them to anyone else anyway
    named =
        SecurityUtils.getSubject().isPermitted(Permissions.PROJECTS_READ)
            ? participants.participants(activityId)
            : List.of();
  }

  public void startEdit() {
    ActivityRow a = detail.activity();
    form = new ActivityForm();
    form.setProjectId(a.projectId());
    form.setType(a.type());
    form.setTitle(a.title());
    form.setRegion(a.region());
    form.setStartOn(a.startOn());
    form.setEndOn(a.endOn());
    form.setOnline(a.online());
    form.setVenueCity(a.venueCity());
    form.setVenueCountryId(detail.venueCountryId());
    form.setOutputId(detail.outputId());
    form.setBudgetUsd(a.budgetUsd());
    outputs = options.outputs(a.projectId());
  }

  public void save() {
    activities.update(activityId, detail.activity().version(), form);
    Texts.info("projects.activity.saved");
    form = null;
    refresh();
  }

  /** Confirming and reporting as held happen at once; postponing and cancelling ask why first. */
  public void startMove(Move next) {
    move = next;
    reason = null;
    if (next == Move.CONFIRM || next == Move.HELD) {
      applyMove();
    }
  }

  public void applyMove() {
    long version = detail.activity().version();
    switch (move) {
      case CONFIRM -> activities.confirm(activityId, version);
      case HELD -> activities.markHeld(activityId, version);
      case POSTPONE -> activities.postpone(activityId, version, reason);
      case CANCEL -> activities.cancel(activityId, version, reason);
    }
    move = null;
    refresh();
    Texts.info(
        "projects.activity.moved", Texts.text("enum.ActivityStatus." + detail.activity().status()));
  }

  public boolean can(ActivityStatus next) {
    return detail != null && detail.activity().status().canMoveTo(next);
  }

  public void addCountry() {
    activities.addCountry(activityId, countryToAdd);
    countryToAdd = null;
    refresh();
  }

  public void removeCountry(long countryId) {
    activities.removeCountry(activityId, countryId);
    refresh();
  }

  public void addPartner() {
    activities.addPartner(activityId, partnerOrganisation, partnerRole);
    partnerOrganisation = null;
    refresh();
  }

  public void removePartner(long partnerId) {
    activities.removePartner(partnerId);
    refresh();
  }

  public void addDeliverable() {
    activities.addDeliverable(activityId, deliverable);
    deliverable = new DeliverableForm();
    refresh();
  }

  public void removeDeliverable(long deliverableId) {
    activities.removeDeliverable(deliverableId);
    refresh();
  }

  public void startRegistration() {
    participant = new ParticipantForm();
  }

  public void register() {
    participants.register(activityId, participant);
    Texts.info("projects.participant.registered");
    participant = null;
    refresh();
  }

  public void removeParticipant(long participantId) {
    participants.remove(participantId);
    Texts.info("projects.participant.removed");
    refresh();
  }

  public void startCost() {
    cost = new CostForm();
    cost.setSpentOn(java.time.LocalDate.now());
  }

  public void recordCost() {
    activities.recordCost(activityId, cost);
    Texts.info("projects.cost.recorded", cost.getAmountUsd());
    cost = null;
    refresh();
  }

  public Long getActivityId() {
    return activityId;
  }

  public void setActivityId(Long activityId) {
    this.activityId = activityId;
  }

  public ActivityDetail getDetail() {
    return detail;
  }

  public ParticipantCounts getCounts() {
    return counts;
  }

  public List<ParticipantRow> getNamed() {
    return named;
  }

  public ActivityForm getForm() {
    return form;
  }

  public List<Option> getOutputs() {
    return outputs;
  }

  public Move getMove() {
    return move;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getCountryToAdd() {
    return countryToAdd;
  }

  public void setCountryToAdd(Long countryToAdd) {
    this.countryToAdd = countryToAdd;
  }

  public Long getPartnerOrganisation() {
    return partnerOrganisation;
  }

  public void setPartnerOrganisation(Long partnerOrganisation) {
    this.partnerOrganisation = partnerOrganisation;
  }

  public PartnerRole getPartnerRole() {
    return partnerRole;
  }

  public void setPartnerRole(PartnerRole partnerRole) {
    this.partnerRole = partnerRole;
  }

  public DeliverableForm getDeliverable() {
    return deliverable;
  }

  public ParticipantForm getParticipant() {
    return participant;
  }

  public CostForm getCost() {
    return cost;
  }
}
