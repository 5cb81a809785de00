package org.quicksilver.projects;

import java.io.Serializable;
import java.util.List;
import org.quicksilver.programme.ResultLevel;

/** An outcome or output of the logical framework, with its indicators. */
public record ResultNode(
    Long id,
    ResultLevel level,
    String code,
    String description,
    String parentCode,
    List<IndicatorLine> indicators)
    implements Serializable {

  public boolean isOutput() {
    return level == ResultLevel.OUTPUT;
  }
}
