package org.pathway.portfolio.importing;

import java.time.LocalDate;
import java.util.List;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.pathway.portfolio.activity.AuthorshipPosition;
import org.pathway.portfolio.activity.ImportedScholarship;
import org.pathway.portfolio.activity.Level;
import org.pathway.portfolio.activity.ScholarshipType;

/**
 * A candidate the owner confirms, as it came back from an import with any field corrected, plus what no source
 * knows: the owner's authorship position, the theme it builds on, and the venue's reach. Everything else is checked
 * as for a typed scholarship activity. No owner or institution: those come from the token.
 */
record ConfirmScholarshipRequest(
        String title,
        LocalDate occurredOn,
        ScholarshipType type,
        @NotNull AuthorshipPosition authorship,
        @NotBlank String theme,
        List<String> authors,
        String venue,
        Level venueLevel,
        Boolean peerReviewed,
        String doi,
        String pmid) {

    ImportedScholarship toImported() {
        return new ImportedScholarship(title, occurredOn, type, authorship, authors, venue, venueLevel, peerReviewed,
                blankToNull(doi), blankToNull(pmid), theme);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
