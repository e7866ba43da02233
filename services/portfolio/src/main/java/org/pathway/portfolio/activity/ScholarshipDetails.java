package org.pathway.portfolio.activity;

import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** An education product with what committees weigh: authorship position, venue level, peer review, theme. */
public record ScholarshipDetails(
        @NotNull ScholarshipType type,
        @NotNull AuthorshipPosition authorship,
        @NotEmpty @Size(max = 100) List<@NotBlank @Size(max = 200) String> authors,
        @NotBlank @Size(max = 300) String venue,
        @NotNull Level venueLevel,
        @NotNull Boolean peerReviewed,
        @Pattern(regexp = "10\\.\\d{4,9}/\\S{1,200}", message = "must be a DOI such as 10.15766/mep_2374-8265.11234")
        String doi,
        @Pattern(regexp = "[1-9]\\d{0,8}", message = "must be a PubMed id (digits)") String pmid,
        @Size(max = 300) String theme) {

    public ScholarshipDetails {
        authors = authors == null ? null : List.copyOf(authors);
    }
}
