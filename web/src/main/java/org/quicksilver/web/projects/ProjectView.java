package org.quicksilver.web.projects;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.omnifaces.util.Faces;
import org.primefaces.model.timeline.TimelineEvent;
import org.primefaces.model.timeline.TimelineModel;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.projects.ActivityRow;
import org.quicksilver.projects.ProjectDetail;
import org.quicksilver.projects.ProjectService;

/**
 * One project: its logical framework with indicators against targets, activities on a timeline,
 * spending against budget, pilots and participants in counts; the framework grows from here.
 */
@Named
@ViewScoped
public class ProjectView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ProjectService projects;

  private Long projectId;
  private ProjectDetail detail;
  private TimelineModel<String, String> timeline;

  private Long parentId;
  private String code;
  private String description;
  private Long resultId;
  private String indicatorName;
  private String unit;
  private BigDecimal baseline;
  private BigDecimal target;
  private Long indicatorId;
  private String period;
  private LocalDate measuredOn;
  private BigDecimal amount;

  public void load() throws IOException {
    if (projectId == null) {
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
    detail = projects.detail(projectId);
    timeline = new TimelineModel<>();
    for (ActivityRow a : detail.activities()) {
      if (a.isDated()) {
        timeline.add(
            TimelineEvent.<String>builder()
                .id("a" + a.id())
                .data(a.title())
                .title(a.title())
                .startDate(a.startOn())
                .endDate(a.endOn().plusDays(1))
                .styleClass("qs-timeline-" + a.status())
                .build());
      }
    }
  }

  /** An outcome when no parent is chosen, else an output of the chosen outcome. */
  public void addResult() {
    if (parentId == null) {
      projects.addOutcome(projectId, code, description);
    } else {
      projects.addOutput(parentId, code, description);
    }
    code = null;
    description = null;
    parentId = null;
    refresh();
  }

  public void addIndicator() {
    projects.addIndicator(resultId, indicatorName, unit, baseline, target);
    indicatorName = null;
    unit = null;
    baseline = null;
    target = null;
    refresh();
  }

  public void recordValue() {
    projects.recordValue(indicatorId, period, measuredOn, amount);
    period = null;
    measuredOn = null;
    amount = null;
    refresh();
  }

  public Long getProjectId() {
    return projectId;
  }

  public void setProjectId(Long projectId) {
    this.projectId = projectId;
  }

  public ProjectDetail getDetail() {
    return detail;
  }

  public TimelineModel<String, String> getTimeline() {
    return timeline;
  }

  public Long getParentId() {
    return parentId;
  }

  public void setParentId(Long parentId) {
    this.parentId = parentId;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
  }

  public Long getResultId() {
    return resultId;
  }

  public void setResultId(Long resultId) {
    this.resultId = resultId;
  }

  public String getIndicatorName() {
    return indicatorName;
  }

  public void setIndicatorName(String indicatorName) {
    this.indicatorName = indicatorName;
  }

  public String getUnit() {
    return unit;
  }

  public void setUnit(String unit) {
    this.unit = unit;
  }

  public BigDecimal getBaseline() {
    return baseline;
  }

  public void setBaseline(BigDecimal baseline) {
    this.baseline = baseline;
  }

  public BigDecimal getTarget() {
    return target;
  }

  public void setTarget(BigDecimal target) {
    this.target = target;
  }

  public Long getIndicatorId() {
    return indicatorId;
  }

  public void setIndicatorId(Long indicatorId) {
    this.indicatorId = indicatorId;
  }

  public String getPeriod() {
    return period;
  }

  public void setPeriod(String period) {
    this.period = period;
  }

  public LocalDate getMeasuredOn() {
    return measuredOn;
  }

  public void setMeasuredOn(LocalDate measuredOn) {
    this.measuredOn = measuredOn;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }
}
