package org.quicksilver.programme;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A new round as a programme officer types it: window, limits, and the criteria and checklist the
 * Board adopted. French and Spanish texts default to the English one when left empty.
 */
public class RoundForm implements Serializable {
  private static final long serialVersionUID = 1L;

  @Positive private int number;

  @NotBlank
  @Size(max = 200)
  private String title;

  @NotNull private LocalDate opensOn;
  @NotNull private LocalDate closesOn;

  @NotNull
  @Positive
  @Digits(integer = 17, fraction = 2)
  private BigDecimal minimumUsd;

  @NotNull
  @Positive
  @Digits(integer = 17, fraction = 2)
  private BigDecimal maximumUsd;

  @Positive
  @Max(120)
  private int maximumMonths;

  @Size(max = 300)
  private String criteriaAdoptedAt;

  @Valid @NotEmpty private List<CriterionLine> criteria = new ArrayList<>();
  @Valid private List<ChecklistLine> checklist = new ArrayList<>();
  @Valid private List<DocumentLine> documents = new ArrayList<>();

  /** One evaluation criterion: weight in percent, scored on whole numbers min..max. */
  public static class CriterionLine implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 20)
    private String code;

    @NotBlank
    @Size(max = 300)
    private String nameEn;

    @Size(max = 300)
    private String nameFr;

    @Size(max = 300)
    private String nameEs;

    @Min(1)
    @Max(100)
    private int weightPercent;

    private int scaleMin;
    private int scaleMax = 5;

    public CriterionLine() {}

    public CriterionLine(
        String code, String nameEn, int weightPercent, int scaleMin, int scaleMax) {
      this.code = code;
      this.nameEn = nameEn;
      this.weightPercent = weightPercent;
      this.scaleMin = scaleMin;
      this.scaleMax = scaleMax;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getNameEn() {
      return nameEn;
    }

    public void setNameEn(String nameEn) {
      this.nameEn = nameEn;
    }

    public String getNameFr() {
      return nameFr;
    }

    public void setNameFr(String nameFr) {
      this.nameFr = nameFr;
    }

    public String getNameEs() {
      return nameEs;
    }

    public void setNameEs(String nameEs) {
      this.nameEs = nameEs;
    }

    public int getWeightPercent() {
      return weightPercent;
    }

    public void setWeightPercent(int weightPercent) {
      this.weightPercent = weightPercent;
    }

    public int getScaleMin() {
      return scaleMin;
    }

    public void setScaleMin(int scaleMin) {
      this.scaleMin = scaleMin;
    }

    public int getScaleMax() {
      return scaleMax;
    }

    public void setScaleMax(int scaleMax) {
      this.scaleMax = scaleMax;
    }
  }

  /** One point of the completeness checklist. */
  public static class ChecklistLine implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 20)
    private String code;

    @NotBlank
    @Size(max = 300)
    private String textEn;

    @Size(max = 300)
    private String textFr;

    @Size(max = 300)
    private String textEs;

    public ChecklistLine() {}

    public ChecklistLine(String code, String textEn) {
      this.code = code;
      this.textEn = textEn;
    }

    public String getCode() {
      return code;
    }

    public void setCode(String code) {
      this.code = code;
    }

    public String getTextEn() {
      return textEn;
    }

    public void setTextEn(String textEn) {
      this.textEn = textEn;
    }

    public String getTextFr() {
      return textFr;
    }

    public void setTextFr(String textFr) {
      this.textFr = textFr;
    }

    public String getTextEs() {
      return textEs;
    }

    public void setTextEs(String textEs) {
      this.textEs = textEs;
    }
  }

  /** A guidance document by its published address (http or https only). */
  public static class DocumentLine implements Serializable {
    private static final long serialVersionUID = 1L;

    @NotBlank
    @Size(max = 200)
    private String title;

    @NotBlank
    @Size(max = 500)
    @Pattern(regexp = "https?://\\S+")
    private String url;

    public DocumentLine() {}

    public DocumentLine(String title, String url) {
      this.title = title;
      this.url = url;
    }

    public String getTitle() {
      return title;
    }

    public void setTitle(String title) {
      this.title = title;
    }

    public String getUrl() {
      return url;
    }

    public void setUrl(String url) {
      this.url = url;
    }
  }

  public int getNumber() {
    return number;
  }

  public void setNumber(int number) {
    this.number = number;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public LocalDate getOpensOn() {
    return opensOn;
  }

  public void setOpensOn(LocalDate opensOn) {
    this.opensOn = opensOn;
  }

  public LocalDate getClosesOn() {
    return closesOn;
  }

  public void setClosesOn(LocalDate closesOn) {
    this.closesOn = closesOn;
  }

  public BigDecimal getMinimumUsd() {
    return minimumUsd;
  }

  public void setMinimumUsd(BigDecimal minimumUsd) {
    this.minimumUsd = minimumUsd;
  }

  public BigDecimal getMaximumUsd() {
    return maximumUsd;
  }

  public void setMaximumUsd(BigDecimal maximumUsd) {
    this.maximumUsd = maximumUsd;
  }

  public int getMaximumMonths() {
    return maximumMonths;
  }

  public void setMaximumMonths(int maximumMonths) {
    this.maximumMonths = maximumMonths;
  }

  public String getCriteriaAdoptedAt() {
    return criteriaAdoptedAt;
  }

  public void setCriteriaAdoptedAt(String criteriaAdoptedAt) {
    this.criteriaAdoptedAt = criteriaAdoptedAt;
  }

  public List<CriterionLine> getCriteria() {
    return criteria;
  }

  public void setCriteria(List<CriterionLine> criteria) {
    this.criteria = criteria;
  }

  public List<ChecklistLine> getChecklist() {
    return checklist;
  }

  public void setChecklist(List<ChecklistLine> checklist) {
    this.checklist = checklist;
  }

  public List<DocumentLine> getDocuments() {
    return documents;
  }

  public void setDocuments(List<DocumentLine> documents) {
    this.documents = documents;
  }
}
