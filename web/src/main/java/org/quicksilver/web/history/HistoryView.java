package org.quicksilver.web.history;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.quicksilver.platform.audit.AuditedKind;
import org.quicksilver.platform.audit.FieldChange;
import org.quicksilver.platform.audit.HistoryEntry;
import org.quicksilver.platform.audit.RecordHistoryService;
import org.quicksilver.web.platform.Texts;

/** Shows who changed a record, when, and each field's old and new value. */
@Named
@ViewScoped
public class HistoryView implements Serializable {
  private static final long serialVersionUID = 1L;

  @Inject private RecordHistoryService history;

  private static final ZoneId GENEVA = ZoneId.of("Europe/Zurich");

  private String title;
  private List<HistoryEntry> entries = List.of();

  /**
   * @param label how the page names the record (a reference, a name) for the dialog's title
   */
  public void show(String kind, Object id, String label) {
    entries = history.historyOf(AuditedKind.valueOf(kind), String.valueOf(id));
    title = label;
  }

  /** When the change was made, on the secretariat's clock (Geneva). */
  public String secretariatTime(HistoryEntry entry) {
    Locale locale = FacesContext.getCurrentInstance().getViewRoot().getLocale();
    return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
        .withLocale(locale)
        .format(entry.at().atZone(GENEVA));
  }

  public String fieldLabel(String field) {
    return orElse(Texts.text("history.field." + field), "history.field." + field, field);
  }

  public String value(FieldChange change, String value) {
    if (value == null || change.enumType() == null) {
      return value;
    }
    String key = "enum." + change.enumType() + "." + value;
    return orElse(Texts.text(key), key, value);
  }

  private static String orElse(String text, String key, String fallback) {
    return text.equals(key) ? fallback : text;
  }

  public String getTitle() {
    return title;
  }

  public List<HistoryEntry> getEntries() {
    return entries;
  }
}
