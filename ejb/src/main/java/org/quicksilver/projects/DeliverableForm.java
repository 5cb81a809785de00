package org.quicksilver.projects;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A document an activity produced, with its language versions ("EN, FR, ES"). */
public class DeliverableForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @NotNull private DeliverableKind kind = DeliverableKind.REPORT;

  @NotBlank
  @Size(max = 300)
  private String title;

  @NotBlank
  @Size(max = 60)
  private String languages = "EN";

  @Size(max = 500)
  private String url;

  public DeliverableKind getKind() {
    return kind;
  }

  public void setKind(DeliverableKind kind) {
    this.kind = kind;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getLanguages() {
    return languages;
  }

  public void setLanguages(String languages) {
    this.languages = languages;
  }

  public String getUrl() {
    return url;
  }

  public void setUrl(String url) {
    this.url = url;
  }
}
