package org.quicksilver.web.funding;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;
import org.quicksilver.funding.imports.ImportError;
import org.quicksilver.funding.imports.ImportPreview;
import org.quicksilver.funding.imports.ImportResult;
import org.quicksilver.funding.imports.ImportService;
import org.quicksilver.web.platform.Texts;

/**
 * Imports exchange rates or receipts from a file: preview first, then import what was previewed.
 * The file's bytes are kept only between the two steps, so that the import reads exactly the file
 * the user looked at (the service checks it again).
 */
@Named
@ViewScoped
public class ImportView implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Which import a preview belongs to. */
  public enum Kind {
    RATES,
    RECEIPTS
  }

  @Inject private ImportService imports;

  // uploads live for one request only: never part of the view's state
  private transient UploadedFile ratesFile;
  private transient UploadedFile receiptsFile;

  private Kind kind;
  private byte[] content;
  private String fileName;
  private ImportPreview preview;

  public void previewRates() {
    preview(Kind.RATES, ratesFile);
  }

  public void previewReceipts() {
    preview(Kind.RECEIPTS, receiptsFile);
  }

  public void apply() {
    if (preview == null) {
      return;
    }
    ImportResult result =
        kind == Kind.RATES
            ? imports.applyRates(content, fileName)
            : imports.applyReceipts(content, fileName);
    clear();
    Texts.info("funding.import.done", result.added(), result.skipped());
  }

  /** The largest file the import takes, for the page to stop a larger one before it is sent. */
  public int getMaxBytes() {
    return ImportService.MAX_BYTES;
  }

  public int getMaxMegabytes() {
    return ImportService.MAX_BYTES / (1024 * 1024);
  }

  /** A row's error in the user's language. */
  public String message(ImportError error) {
    return Texts.text(error.messageKey(), error.arguments().toArray());
  }

  private void preview(Kind of, UploadedFile file) {
    clear();
    if (file == null || file.getSize() == 0) {
      Texts.error("funding.import.noFile");
      return;
    }
    if (file.getSize() > ImportService.MAX_BYTES) {
      // refused before its bytes are copied into memory
      Texts.error("funding.import.tooLarge", getMaxMegabytes());
      return;
    }
    byte[] bytes = file.getContent();
    String name = file.getFileName();
    preview =
        of == Kind.RATES ? imports.previewRates(bytes, name) : imports.previewReceipts(bytes, name);
    kind = of;
    content = bytes;
    fileName = name;
  }

  private void clear() {
    kind = null;
    content = null;
    fileName = null;
    preview = null;
  }

  public ImportPreview getPreview() {
    return preview;
  }

  public String getFileName() {
    return fileName;
  }

  public Kind getKind() {
    return kind;
  }

  public UploadedFile getRatesFile() {
    return ratesFile;
  }

  public void setRatesFile(UploadedFile ratesFile) {
    this.ratesFile = ratesFile;
  }

  public UploadedFile getReceiptsFile() {
    return receiptsFile;
  }

  public void setReceiptsFile(UploadedFile receiptsFile) {
    this.receiptsFile = receiptsFile;
  }
}
