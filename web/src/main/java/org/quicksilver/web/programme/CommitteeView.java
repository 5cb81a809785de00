package org.quicksilver.web.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import org.quicksilver.programme.AccountOption;
import org.quicksilver.programme.ApplicationOption;
import org.quicksilver.programme.CommitteeService;
import org.quicksilver.programme.ConflictRow;
import org.quicksilver.programme.MemberForm;
import org.quicksilver.programme.MemberRole;
import org.quicksilver.programme.MemberRow;
import org.quicksilver.programme.RecusalRow;
import org.quicksilver.reference.CountryOption;
import org.quicksilver.reference.CountryService;
import org.quicksilver.web.platform.Access;
import org.quicksilver.web.platform.Texts;
import org.quicksilver.web.platform.UserSession;

/**
 * The committee: its members, the conflicts declared on the round under review, who is recused from
 * an application; a member declares a conflict, a programme officer records one for a member or
 * seats a new member.
 */
@Named
@ViewScoped
public class CommitteeView implements Serializable {
  private static final long serialVersionUID = 1L;
  private static final String MANAGE = "programme:manage";

  @Inject private CommitteeService committee;
  @Inject private CountryService countries;
  @Inject private UserSession session;
  @Inject private Access access;

  private List<MemberRow> members;
  private List<ConflictRow> declarations;
  private List<ApplicationOption> applications;
  private Long recusalsOf;
  private List<RecusalRow> recusals;

  private Long conflictMemberId;
  private Long conflictApplicationId;
  private String conflictReason;

  private MemberForm memberForm;

  public void load() {
    members = committee.members();
    declarations = committee.declarations();
    applications = committee.applicationsUnderReview();
  }

  public boolean isManaging() {
    return access.permitted(MANAGE);
  }

  public void startConflict() {
    conflictMemberId = null;
    conflictApplicationId = null;
    conflictReason = null;
  }

  public void declareConflict() {
    if (isManaging()) {
      committee.declareConflictFor(conflictMemberId, conflictApplicationId, conflictReason);
    } else {
      committee.declareConflict(conflictApplicationId, conflictReason);
    }
    Texts.info("programme.committee.conflictDeclared");
    declarations = committee.declarations();
    if (conflictApplicationId.equals(recusalsOf)) {
      recusals = committee.recusals(recusalsOf);
    }
  }

  public void showRecusals() {
    recusals = recusalsOf == null ? null : committee.recusals(recusalsOf);
  }

  public void startMember() {
    memberForm = new MemberForm();
    memberForm.setTermStart(LocalDate.now());
  }

  public void addMember() {
    committee.add(memberForm);
    Texts.info("programme.committee.memberAdded", memberForm.getFullName());
    memberForm = null;
    members = committee.members();
  }

  public List<AccountOption> getCandidates() {
    return committee.candidates();
  }

  public List<CountryOption> getCountries() {
    return countries.options(session.getLocale());
  }

  public MemberRole[] getRoles() {
    return MemberRole.values();
  }

  public List<MemberRow> getMembers() {
    return members;
  }

  public List<ConflictRow> getDeclarations() {
    return declarations;
  }

  public List<ApplicationOption> getApplications() {
    return applications;
  }

  public List<RecusalRow> getRecusals() {
    return recusals;
  }

  public Long getRecusalsOf() {
    return recusalsOf;
  }

  public void setRecusalsOf(Long recusalsOf) {
    this.recusalsOf = recusalsOf;
  }

  public Long getConflictMemberId() {
    return conflictMemberId;
  }

  public void setConflictMemberId(Long conflictMemberId) {
    this.conflictMemberId = conflictMemberId;
  }

  public Long getConflictApplicationId() {
    return conflictApplicationId;
  }

  public void setConflictApplicationId(Long conflictApplicationId) {
    this.conflictApplicationId = conflictApplicationId;
  }

  public String getConflictReason() {
    return conflictReason;
  }

  public void setConflictReason(String conflictReason) {
    this.conflictReason = conflictReason;
  }

  public MemberForm getMemberForm() {
    return memberForm;
  }
}
