package org.quicksilver.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An application as a programme officer types it from the forms a Party sent: round, applicant,
 * when it arrived (and why it is registered anyway, if the round was closed), and what the forms
 * say. The reference is made up from the round and the Party when left empty.
 */
public class ApplicationForm implements Serializable {
  private static final long serialVersionUID = 1L;
  @NotNull private Long roundId;
  @NotNull private Long countryId;

  @Size(max = 30)
  @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9/._-]*")
  private String reference;

  @NotNull private Instant receivedAt;

  @Size(max = 500)
  private String lateReason;

  private String ministry;
  private String contactName;
  private String contactEmail;
  private String title;
  private String summary;
  private String objectives;
  private String workplan;
  private BigDecimal amountRequested;
  private int durationMonths;
  private BigDecimal cofinancingCash = BigDecimal.ZERO;
  private BigDecimal cofinancingInKind = BigDecimal.ZERO;
  private String articles;
  private String gender;

  /** What the forms say, validated with the form by the record's own constraints. */
  @Valid
  public ApplicationDetails getDetails() {
    return details();
  }

  public ApplicationDetails details() {
    return new ApplicationDetails(
        ministry,
        contactName,
        contactEmail,
        title,
        summary,
        objectives,
        workplan,
        amountRequested,
        durationMonths,
        cofinancingCash,
        cofinancingInKind,
        articles,
        gender);
  }

  /** Fills the form's details from an application's, to edit them. */
  public ApplicationForm describe(ApplicationDetails d) {
    ministry = d.ministry();
    contactName = d.contactName();
    contactEmail = d.contactEmail();
    title = d.title();
    summary = d.summary();
    objectives = d.objectives();
    workplan = d.workplan();
    amountRequested = d.amountRequested();
    durationMonths = d.durationMonths();
    cofinancingCash = d.cofinancingCash();
    cofinancingInKind = d.cofinancingInKind();
    articles = d.articles();
    gender = d.gender();
    return this;
  }

  public Long getRoundId() {
    return roundId;
  }

  public void setRoundId(Long roundId) {
    this.roundId = roundId;
  }

  public Long getCountryId() {
    return countryId;
  }

  public void setCountryId(Long countryId) {
    this.countryId = countryId;
  }

  public String getReference() {
    return reference;
  }

  public void setReference(String reference) {
    this.reference = reference;
  }

  public Instant getReceivedAt() {
    return receivedAt;
  }

  public void setReceivedAt(Instant receivedAt) {
    this.receivedAt = receivedAt;
  }

  public String getLateReason() {
    return lateReason;
  }

  public void setLateReason(String lateReason) {
    this.lateReason = lateReason;
  }

  public String getMinistry() {
    return ministry;
  }

  public void setMinistry(String ministry) {
    this.ministry = ministry;
  }

  public String getContactName() {
    return contactName;
  }

  public void setContactName(String contactName) {
    this.contactName = contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public void setContactEmail(String contactEmail) {
    this.contactEmail = contactEmail;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public String getObjectives() {
    return objectives;
  }

  public void setObjectives(String objectives) {
    this.objectives = objectives;
  }

  public String getWorkplan() {
    return workplan;
  }

  public void setWorkplan(String workplan) {
    this.workplan = workplan;
  }

  public BigDecimal getAmountRequested() {
    return amountRequested;
  }

  public void setAmountRequested(BigDecimal amountRequested) {
    this.amountRequested = amountRequested;
  }

  public int getDurationMonths() {
    return durationMonths;
  }

  public void setDurationMonths(int durationMonths) {
    this.durationMonths = durationMonths;
  }

  public BigDecimal getCofinancingCash() {
    return cofinancingCash;
  }

  public void setCofinancingCash(BigDecimal cofinancingCash) {
    this.cofinancingCash = cofinancingCash;
  }

  public BigDecimal getCofinancingInKind() {
    return cofinancingInKind;
  }

  public void setCofinancingInKind(BigDecimal cofinancingInKind) {
    this.cofinancingInKind = cofinancingInKind;
  }

  public String getArticles() {
    return articles;
  }

  public void setArticles(String articles) {
    this.articles = articles;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }
}
