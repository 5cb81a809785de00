package org.quicksilver.web.programme;

import java.io.Serializable;

/** What the officer is typing for one checklist item. */
public class ScreeningInput implements Serializable {
  private static final long serialVersionUID = 1L;

  private Boolean met;
  private String comment;

  ScreeningInput(Boolean met, String comment) {
    this.met = met;
    this.comment = comment;
  }

  public Boolean getMet() {
    return met;
  }

  public void setMet(Boolean met) {
    this.met = met;
  }

  public String getComment() {
    return comment;
  }

  public void setComment(String comment) {
    this.comment = comment;
  }
}
