package org.quicksilver.programme;

import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;
import java.math.BigDecimal;

/** What an application's forms say, as the secretariat types it in. */
public record ApplicationDetails(
    @NotBlank @Size(max = 200) String ministry,
    @NotBlank @Size(max = 120) String contactName,
    @Email @Size(max = 200) String contactEmail,
    @NotBlank @Size(max = 300) String title,
    @NotBlank @Size(max = 4000) String summary,
    @Size(max = 4000) String objectives,
    @Size(max = 4000) String workplan,
    @NotNull @Positive @Digits(integer = 17, fraction = 2) BigDecimal amountRequested,
    @Positive @Max(120) int durationMonths,
    @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal cofinancingCash,
    @NotNull @PositiveOrZero @Digits(integer = 17, fraction = 2) BigDecimal cofinancingInKind,
    @Size(max = 200) String articles,
    @Size(max = 4000) String gender)
    implements Serializable {}
