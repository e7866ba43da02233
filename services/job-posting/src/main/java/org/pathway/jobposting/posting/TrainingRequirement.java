package org.pathway.jobposting.posting;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * Formal education training. {@code required} is any-of (a Master's or a fellowship is a common wording); empty means
 * none is required. {@code preferred} counts in ranking only.
 */
public record TrainingRequirement(
        @Size(max = 4) List<@NotNull TrainingKind> required,
        @Size(max = 4) List<@NotNull TrainingKind> preferred) {

    public static final TrainingRequirement NONE = new TrainingRequirement(List.of(), List.of());

    public TrainingRequirement {
        required = required == null ? List.of() : required.stream().distinct().toList();
        preferred = preferred == null ? List.of() : preferred.stream().distinct().toList();
    }
}
