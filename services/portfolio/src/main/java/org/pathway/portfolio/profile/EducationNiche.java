package org.pathway.portfolio.profile;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The one theme a faculty member's scholarship builds on, with optional MeSH-like tags for matching. */
public record EducationNiche(@Size(max = 300) String theme, @Size(max = 20) List<@NotBlank @Size(max = 80) String> tags) {

    public EducationNiche {
        tags = tags == null ? List.of() : List.copyOf(tags);
    }
}
