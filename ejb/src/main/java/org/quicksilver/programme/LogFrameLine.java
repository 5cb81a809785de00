package org.quicksilver.programme;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** An outcome or output of the logical framework, with the indicator that shows it was reached. */
public record LogFrameLine(
    @NotNull ResultLevel level,
    @NotBlank @Size(max = 500) String description,
    @Size(max = 500) String indicator)
    implements Serializable {}
