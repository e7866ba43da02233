package org.pathway.portfolio.activity;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

public record AwardDetails(@NotNull AwardKind kind, @NotBlank @Size(max = 300) String awardedBy, Level level) {
}
