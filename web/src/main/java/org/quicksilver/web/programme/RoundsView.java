package org.quicksilver.web.programme;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.quicksilver.programme.RoundDetail;
import org.quicksilver.programme.RoundForm;
import org.quicksilver.programme.RoundRow;
import org.quicksilver.programme.RoundService;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.web.platform.Texts;

/** Lists the rounds, shows what the Board adopted for one, and opens a new one. */
@Named
@ViewScoped
public class RoundsView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private RoundService rounds;

  private List<RoundRow> list;
  private RoundDetail shown;
  private RoundForm form;

  @PostConstruct
  void init() {
    list = rounds.list();
  }

  public void show(long roundId) {
    shown = rounds.get(roundId);
  }

  /** A new round, with the programme's usual limits filled in. */
  public void startNew() {
    form = new RoundForm();
    form.setNumber(list.stream().mapToInt(RoundRow::number).max().orElse(0) + 1);
    LocalDate today = LocalDate.now();
    form.setOpensOn(today);
    form.setClosesOn(today.plusMonths(3));
    form.setMinimumUsd(new BigDecimal("50000.00"));
    form.setMaximumUsd(new BigDecimal("250000.00"));
    form.setMaximumMonths(36);
    addCriterion();
    addChecklistItem();
  }

  public void addCriterion() {
    RoundForm.CriterionLine line = new RoundForm.CriterionLine();
    line.setScaleMin(0);
    line.setScaleMax(5);
    form.getCriteria().add(line);
  }

  public void removeCriterion(int index) {
    form.getCriteria().remove(index);
  }

  public void addChecklistItem() {
    form.getChecklist().add(new RoundForm.ChecklistLine());
  }

  public void removeChecklistItem(int index) {
    form.getChecklist().remove(index);
  }

  public void addDocument() {
    form.getDocuments().add(new RoundForm.DocumentLine());
  }

  public void removeDocument(int index) {
    form.getDocuments().remove(index);
  }

  public int getWeightsTotal() {
    return form == null
        ? 0
        : form.getCriteria().stream().mapToInt(RoundForm.CriterionLine::getWeightPercent).sum();
  }

  public void create() {
    rounds.create(form);
    Texts.info("programme.round.created", form.getNumber());
    form = null;
    list = rounds.list();
  }

  public ApplicationStatus[] getStatuses() {
    return ApplicationStatus.values();
  }

  public List<RoundRow> getList() {
    return list;
  }

  public RoundDetail getShown() {
    return shown;
  }

  public RoundForm getForm() {
    return form;
  }
}
