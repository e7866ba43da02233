package org.pathway.portfolio.activity;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/** A session or course taught. Comments are the learners' own words, kept for the owner's portfolio. */
public record TeachingDetails(
        @NotNull @PositiveOrZero @DecimalMax("10000") Double hours,
        @NotNull LearnerLevel learnerLevel,
        @Positive @Max(100_000) Integer learnerCount,
        @Valid Evaluation evaluation,
        @Valid BeforeAfter beforeAfter,
        @Size(max = 50) List<@NotBlank @Size(max = 2000) String> comments) {

    public TeachingDetails {
        comments = comments == null ? List.of() : List.copyOf(comments);
    }
}
