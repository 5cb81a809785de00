package org.quicksilver.web.programme;

import java.io.Serializable;
import org.quicksilver.programme.LogFrameLine;
import org.quicksilver.programme.ResultLevel;

/** One outcome or output of the logical framework while the page edits it. */
public class LogFrameLineForm implements Serializable {
  private static final long serialVersionUID = 1L;

  private ResultLevel level = ResultLevel.OUTPUT;
  private String description;
  private String indicator;

  static LogFrameLineForm of(LogFrameLine line) {
    LogFrameLineForm form = new LogFrameLineForm();
    form.level = line.level();
    form.description = line.description();
    form.indicator = line.indicator();
    return form;
  }

  LogFrameLine line() {
    return new LogFrameLine(level, description, indicator);
  }

  public ResultLevel getLevel() {
    return level;
  }

  public void setLevel(ResultLevel level) {
    this.level = level;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public String getIndicator() {
    return indicator;
  }

  public void setIndicator(String indicator) {
    this.indicator = indicator;
  }
}
