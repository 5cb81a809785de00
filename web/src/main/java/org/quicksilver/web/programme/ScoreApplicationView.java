package org.quicksilver.web.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.omnifaces.util.Faces;
import org.quicksilver.platform.QuicksilverException;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.programme.OtherSheet;
import org.quicksilver.programme.ScoringService;
import org.quicksilver.programme.SheetForm;
import org.quicksilver.programme.SheetView;
import org.quicksilver.web.platform.Texts;

/**
 * A member scores one application criterion by criterion, saves a draft, submits, and then reads
 * the others' scores. What may be shown is the service's decision: a recused member gets a refusal
 * and nothing of the application's scores.
 */
@Named
@ViewScoped
public class ScoreApplicationView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private ScoringService scoring;

  private Long applicationId;
  private SheetView sheet;
  private SheetForm form;
  private List<OtherSheet> others;

  public void load() throws IOException {
    if (applicationId == null) {
      Faces.responseSendError(404, "");
      return;
    }
    try {
      refresh();
    } catch (RecordNotFoundException unknown) {
      Faces.responseSendError(404, "");
    } catch (QuicksilverException refused) {
      sheet = null;
      others = null;
      Texts.error(refused.messageKey(), refused.arguments());
    }
  }

  private void refresh() {
    sheet = scoring.sheet(applicationId);
    form = SheetForm.of(sheet);
    others = sheet.isSubmitted() ? scoring.othersScores(applicationId) : null;
  }

  public void saveDraft() {
    scoring.saveDraft(applicationId, form);
    refresh();
    Texts.info("programme.scoring.draftSaved");
  }

  public void submit() {
    scoring.submit(applicationId, form);
    refresh();
    Texts.info("programme.scoring.submitted");
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public SheetView getSheet() {
    return sheet;
  }

  public SheetForm getForm() {
    return form;
  }

  public List<OtherSheet> getOthers() {
    return others;
  }
}
