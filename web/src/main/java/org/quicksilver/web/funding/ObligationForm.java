package org.quicksilver.web.funding;

import java.io.Serializable;
import java.time.LocalDate;

/** What a finance officer types to add a reporting obligation to a pledge. */
public class ObligationForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private Long pledgeId;
  private String description;
  private LocalDate dueOn;

  public Long getPledgeId() {
    return pledgeId;
  }

  public void setPledgeId(Long pledgeId) {
    this.pledgeId = pledgeId;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public LocalDate getDueOn() {
    return dueOn;
  }

  public void setDueOn(LocalDate dueOn) {
    this.dueOn = dueOn;
  }
}
