package org.pathway.portfolio.importing;

import java.time.LocalDate;
import java.util.List;

import org.pathway.portfolio.activity.ScholarshipType;

/**
 * A work found by an import, not stored: the fields it maps to the scholarship detail, a guessed type, and whether
 * its DOI or PMID is already in the caller's portfolio. The caller confirms it with authorship position and theme
 * (and corrects any field) to store it.
 *
 * @param source             CROSSREF, PUBMED, ORCID or BIBTEX
 * @param alreadyInPortfolio the caller already has an activity with this DOI or PMID ({@code existingActivityId})
 */
record ScholarshipCandidate(String source, String title, LocalDate occurredOn, ScholarshipType type,
        List<String> authors, String venue, Boolean peerReviewed, String doi, String pmid, boolean alreadyInPortfolio,
        String existingActivityId) {

    ScholarshipCandidate {
        authors = authors == null ? List.of() : List.copyOf(authors);
    }

    static ScholarshipCandidate found(String source, String title, LocalDate occurredOn, ScholarshipType type,
            List<String> authors, String venue, String doi, String pmid) {
        return new ScholarshipCandidate(source, title, occurredOn, type, authors, venue, TypeGuess.peerReviewed(type),
                doi, pmid, false, null);
    }

    ScholarshipCandidate alreadyAs(String activityId) {
        return new ScholarshipCandidate(source, title, occurredOn, type, authors, venue, peerReviewed, doi, pmid,
                activityId != null, activityId);
    }

    /** What an import answers: the candidates, in the order the source gave them. */
    record Candidates(List<ScholarshipCandidate> candidates) {
    }
}
