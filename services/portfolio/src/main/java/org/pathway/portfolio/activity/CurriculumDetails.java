package org.pathway.portfolio.activity;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A curriculum or program built. Whether it was disseminated decides if it is scholarship or service: a local
 * curriculum never written up counts as service (DOMAIN.md).
 */
public record CurriculumDetails(
        @Size(max = 20) List<@NotBlank @Size(max = 500) String> outcomes,
        @Size(max = 4000) String evaluationData,
        @NotNull Boolean disseminated) {

    public CurriculumDetails {
        outcomes = outcomes == null ? List.of() : List.copyOf(outcomes);
    }
}
