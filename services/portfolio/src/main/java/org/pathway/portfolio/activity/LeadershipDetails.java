package org.pathway.portfolio.activity;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A leadership or committee role. Its dates are the activity's {@code occurredOn} (start) and {@code endedOn} (end,
 * absent while held). {@code protectedFte} is the education time the role buys, as a share of one FTE (0–1).
 */
public record LeadershipDetails(
        @NotNull LeadershipRole role,
        @NotBlank @Size(max = 300) String scope,
        @NotNull Level level,
        @DecimalMin("0.0") @DecimalMax("1.0") Double protectedFte) {
}
