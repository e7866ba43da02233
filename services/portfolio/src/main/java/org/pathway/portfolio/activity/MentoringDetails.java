package org.pathway.portfolio.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record MentoringDetails(
        @NotNull MentoringDirection direction,
        @NotBlank @Size(max = 200) String counterpart,
        MentoringFormat format) {
}
