package org.pathway.portfolio.activity;

import java.time.LocalDate;
import java.util.List;

/**
 * A scholarship item the owner confirmed from an import (DOI, PMID, ORCID, BibTeX): stored as a SCHOLARSHIP
 * activity with exactly the validation a typed one gets. Field names are those of the scholarship detail, so a
 * problem names the field the client sent.
 */
public record ImportedScholarship(String title, LocalDate occurredOn, ScholarshipType type,
        AuthorshipPosition authorship, List<String> authors, String venue, Level venueLevel, Boolean peerReviewed,
        String doi, String pmid, String theme) {

    RecordActivityRequest toRequest() {
        return new RecordActivityRequest(ActivityKind.SCHOLARSHIP, title, occurredOn, null, null, null,
                new ScholarshipDetails(type, authorship, authors, venue, venueLevel, peerReviewed, doi, pmid, theme),
                null, null, null);
    }
}
