package org.quicksilver.projects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.quicksilver.platform.InvalidInputException;

/**
 * A document an activity produced, with the languages it exists in ("EN, FR, ES"). A report is
 * often written after the event, so a held activity still takes deliverables.
 */
@Entity
@Table(name = "deliverable")
public class Deliverable {
  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "activity_id", updatable = false)
  private Activity activity;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private DeliverableKind kind;

  @Column(nullable = false)
  private String title;

  @Column(nullable = false)
  private String languages;

  private String url;

  protected Deliverable() {}

  public Deliverable(
      Activity activity, DeliverableKind kind, String title, String languages, String url) {
    this.activity = activity;
    this.kind = kind;
    this.title = title.strip();
    this.languages = normalised(languages);
    this.url = url == null || url.isBlank() ? null : url.strip();
    if (this.url != null && !this.url.matches("(?i)https?://\\S+")) {
      throw new InvalidInputException("projects.deliverable.urlInvalid", this.url);
    }
  }

  /** "en,fr , es" becomes "EN, FR, ES"; each a two- or three-letter language code. */
  static String normalised(String languages) {
    String codes =
        Arrays.stream(languages == null ? new String[0] : languages.split("[,;\\s]+"))
            .map(code -> code.strip().toUpperCase(Locale.ROOT))
            .filter(code -> !code.isEmpty())
            .distinct()
            .collect(Collectors.joining(", "));
    if (codes.isEmpty() || !codes.matches("[A-Z]{2,3}(, [A-Z]{2,3})*")) {
      throw new InvalidInputException("projects.deliverable.languagesInvalid", languages);
    }
    return codes;
  }

  public Long getId() {
    return id;
  }

  public Activity getActivity() {
    return activity;
  }
}
