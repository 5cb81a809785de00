package org.quicksilver.web.programme;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.shiro.authz.AuthorizationException;
import org.omnifaces.util.Faces;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import org.quicksilver.platform.RecordNotFoundException;
import org.quicksilver.programme.ApplicationDetail;
import org.quicksilver.programme.ApplicationForm;
import org.quicksilver.programme.ApplicationHistoryRow;
import org.quicksilver.programme.ApplicationService;
import org.quicksilver.programme.AttachmentFile;
import org.quicksilver.programme.AttachmentKind;
import org.quicksilver.programme.ResultLevel;
import org.quicksilver.programme.ScreeningRow;
import org.quicksilver.programme.ScreeningService;
import org.quicksilver.programme.rules.ApplicationStatus;
import org.quicksilver.programme.rules.Round;
import org.quicksilver.web.export.Download;
import org.quicksilver.web.platform.Texts;
import org.quicksilver.web.platform.UserSession;

/**
 * One application: what the forms say, its logical framework, budget and files, its screening and
 * the moves its status may make next, and its history. Every action goes through a service with the
 * version the page showed, then the page reloads.
 */
@Named
@ViewScoped
public class ApplicationView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** The largest attachment: the service's limit, also stopped in the browser before sending. */
  public static final int MAX_BYTES = 10 * 1024 * 1024;

  @Inject private ApplicationService applications;
  @Inject private ScreeningService screening;
  @Inject private UserSession session;

  private Long applicationId;
  private ApplicationDetail detail;
  private List<ApplicationHistoryRow> history;
  private ApplicationForm detailsForm;
  private List<BudgetLineForm> budgetLines;
  private List<LogFrameLineForm> logFrameLines;
  private final Map<Long, ScreeningInput> checks = new HashMap<>();
  private Boolean eligible;
  private String eligibilityReason;
  private String assessment;
  private String withdrawReason;
  private AttachmentKind uploadKind = AttachmentKind.ENDORSEMENT_LETTER;
  // an upload lives for one request only: never part of the view's state
  private transient UploadedFile upload;

  /** Opens the page; an unknown application is a 404, one the user may not see a 403. */
  public void load() throws IOException {
    if (applicationId == null) {
      Faces.responseSendError(404, "");
      return;
    }
    try {
      reload();
    } catch (RecordNotFoundException unknown) {
      Faces.responseSendError(404, "");
    } catch (AuthorizationException notYours) {
      Faces.responseSendError(403, "");
    }
  }

  private void reload() {
    detail = applications.detail(applicationId);
    history = applications.history(applicationId);
    checks.clear();
    for (ScreeningRow row : detail.screening()) {
      checks.put(row.itemId(), new ScreeningInput(row.met(), row.comment()));
    }
    assessment = detail.firstAssessment();
    eligibilityReason = null;
    eligible = null;
    detailsForm = null;
    budgetLines = null;
    logFrameLines = null;
  }

  private long version() {
    return detail.summary().version();
  }

  // ---- what the forms say ----

  public void startEdit() {
    detailsForm = new ApplicationForm().describe(detail.details());
  }

  public void saveDetails() {
    applications.update(applicationId, version(), detailsForm.details());
    Texts.info("programme.app.saved");
    reload();
  }

  public void startBudget() {
    budgetLines = new ArrayList<>(detail.budget().stream().map(BudgetLineForm::of).toList());
    if (budgetLines.isEmpty()) {
      addBudgetLine();
    }
  }

  public void addBudgetLine() {
    BudgetLineForm line = new BudgetLineForm();
    line.setYear(detail.summary().receivedAt().atZone(Round.GENEVA).getYear());
    budgetLines.add(line);
  }

  public void removeBudgetLine(int index) {
    budgetLines.remove(index);
  }

  public void saveBudget() {
    applications.replaceBudget(
        applicationId, version(), budgetLines.stream().map(BudgetLineForm::row).toList());
    Texts.info("programme.app.budget.saved");
    reload();
  }

  public void startLogFrame() {
    logFrameLines = new ArrayList<>(detail.logFrame().stream().map(LogFrameLineForm::of).toList());
    if (logFrameLines.isEmpty()) {
      LogFrameLineForm outcome = new LogFrameLineForm();
      outcome.setLevel(ResultLevel.OUTCOME);
      logFrameLines.add(outcome);
    }
  }

  public void addLogFrameLine() {
    logFrameLines.add(new LogFrameLineForm());
  }

  public void removeLogFrameLine(int index) {
    logFrameLines.remove(index);
  }

  public void saveLogFrame() {
    applications.replaceLogFrame(
        applicationId, version(), logFrameLines.stream().map(LogFrameLineForm::line).toList());
    Texts.info("programme.app.logFrame.saved");
    reload();
  }

  // ---- attachments ----

  public void uploadFile() {
    if (upload == null || upload.getSize() == 0) {
      Texts.error("programme.app.attachment.noFile");
      return;
    }
    if (upload.getSize() > MAX_BYTES) {
      Texts.error("programme.attachment.tooLarge", MAX_BYTES / (1024 * 1024));
      return;
    }
    applications.upload(
        applicationId,
        uploadKind,
        upload.getFileName(),
        upload.getContentType(),
        upload.getContent());
    Texts.info("programme.app.attachment.uploaded", upload.getFileName());
    upload = null;
    reload();
  }

  public StreamedContent download(long attachmentId) {
    AttachmentFile file = applications.download(attachmentId);
    return Download.of(file.fileName(), file.contentType(), file.content());
  }

  // ---- screening and workflow ----

  public void startScreening() {
    screening.start(applicationId, version());
    moved();
  }

  public void record(ScreeningRow row) {
    ScreeningInput input = checks.get(row.itemId());
    if (input == null || input.getMet() == null) {
      Texts.error("programme.app.screening.choose", row.code());
      return;
    }
    screening.check(applicationId, row.itemId(), input.getMet(), input.getComment());
    Texts.info("programme.app.screening.recorded", row.code());
    reload();
  }

  public void decide() {
    screening.decide(applicationId, version(), Boolean.TRUE.equals(eligible), eligibilityReason);
    moved();
  }

  public void saveAssessment() {
    screening.assess(applicationId, version(), assessment);
    Texts.info("programme.app.assessment.saved");
    reload();
  }

  public void sendToCommittee() {
    screening.sendToCommittee(applicationId, version());
    moved();
  }

  public void withdraw() {
    applications.withdraw(applicationId, version(), withdrawReason);
    withdrawReason = null;
    moved();
  }

  private void moved() {
    reload();
    Texts.info(
        "programme.app.moved",
        detail.summary().reference(),
        Texts.text("enum.ApplicationStatus." + detail.status()));
  }

  public boolean can(String status) {
    return detail != null && detail.canMoveTo(ApplicationStatus.valueOf(status));
  }

  public boolean isScreening() {
    return detail != null && detail.status() == ApplicationStatus.SCREENING;
  }

  public boolean isAssessable() {
    return detail != null
        && (detail.status() == ApplicationStatus.SCREENING
            || detail.status() == ApplicationStatus.ELIGIBLE);
  }

  public boolean isOpenToChanges() {
    return detail != null
        && !detail.status().isDecided()
        && detail.status() != ApplicationStatus.WITHDRAWN;
  }

  // ---- display ----

  /** A moment as the secretariat reads it: Geneva time, in the user's language. */
  public String geneva(Instant moment) {
    return moment == null
        ? ""
        : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
            .withLocale(session.getLocale())
            .format(moment.atZone(Round.GENEVA));
  }

  public String countryName() {
    return detail.summary().countryName(session.getLocale());
  }

  public String kilobytes(long bytes) {
    return String.format(session.getLocale(), "%,.1f kB", bytes / 1024.0);
  }

  public AttachmentKind[] getAttachmentKinds() {
    return AttachmentKind.values();
  }

  public ResultLevel[] getResultLevels() {
    return ResultLevel.values();
  }

  public int getMaxBytes() {
    return MAX_BYTES;
  }

  public int getMaxMegabytes() {
    return MAX_BYTES / (1024 * 1024);
  }

  public Long getApplicationId() {
    return applicationId;
  }

  public void setApplicationId(Long applicationId) {
    this.applicationId = applicationId;
  }

  public ApplicationDetail getDetail() {
    return detail;
  }

  public List<ApplicationHistoryRow> getHistory() {
    return history;
  }

  public ApplicationForm getDetailsForm() {
    return detailsForm;
  }

  public List<BudgetLineForm> getBudgetLines() {
    return budgetLines;
  }

  public List<LogFrameLineForm> getLogFrameLines() {
    return logFrameLines;
  }

  public Map<Long, ScreeningInput> getChecks() {
    return checks;
  }

  public Boolean getEligible() {
    return eligible;
  }

  public void setEligible(Boolean eligible) {
    this.eligible = eligible;
  }

  public String getEligibilityReason() {
    return eligibilityReason;
  }

  public void setEligibilityReason(String eligibilityReason) {
    this.eligibilityReason = eligibilityReason;
  }

  public String getAssessment() {
    return assessment;
  }

  public void setAssessment(String assessment) {
    this.assessment = assessment;
  }

  public String getWithdrawReason() {
    return withdrawReason;
  }

  public void setWithdrawReason(String withdrawReason) {
    this.withdrawReason = withdrawReason;
  }

  public AttachmentKind getUploadKind() {
    return uploadKind;
  }

  public void setUploadKind(AttachmentKind uploadKind) {
    this.uploadKind = uploadKind;
  }

  public UploadedFile getUpload() {
    return upload;
  }

  public void setUpload(UploadedFile upload) {
    this.upload = upload;
  }
}
