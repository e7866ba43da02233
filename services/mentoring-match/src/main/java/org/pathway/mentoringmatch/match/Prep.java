package org.pathway.mentoringmatch.match;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * What a mentee brings to an advice conversation (DOMAIN.md): what they have done, one or two directions of
 * interest, and one clear ask.
 */
record Prep(
        @NotBlank @Size(max = 2000) String done,
        @NotNull @Size(min = 1, max = 2) List<@NotBlank @Size(max = 300) String> directions,
        @NotBlank @Size(max = 500) String ask) {
}
