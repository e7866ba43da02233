package org.pathway.jobposting.posting;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Where the role is ("Chicago, IL") and whether it is on site, hybrid or remote. */
public record Location(@NotBlank @Size(max = 200) String text, @NotNull Workplace workplace) {
}
