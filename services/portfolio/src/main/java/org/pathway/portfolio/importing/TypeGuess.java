package org.pathway.portfolio.importing;

import java.util.Locale;

import org.pathway.portfolio.activity.ScholarshipType;

/**
 * A first guess at the scholarship type from what a source says about a work: its DOI prefix, the source's own work
 * type and words of the title. Only a suggestion; the owner confirms or changes it.
 */
final class TypeGuess {

    /** MedEdPORTAL's DOI prefix (AAMC). */
    private static final String MEDEDPORTAL = "10.15766/";

    private TypeGuess() {
    }

    /**
     * @param workType the source's type: Crossref/ORCID ({@code journal-article}, {@code proceedings-article}, ...),
     *                 PubMed's publication type ({@code Journal Article}) or the BibTeX entry type ({@code article})
     */
    static ScholarshipType of(String doi, String workType, String title) {
        String kind = workType == null ? "" : workType.toLowerCase(Locale.ROOT).replace(' ', '-');
        String words = title == null ? "" : title.toLowerCase(Locale.ROOT);
        if (doi != null && doi.startsWith(MEDEDPORTAL)) {
            return ScholarshipType.MEDEDPORTAL_PUBLICATION;
        }
        if (kind.equals("lecture-speech")) {
            return ScholarshipType.INVITED_TALK;
        }
        if (kind.contains("poster") || kind.equals("proceedings-article") || kind.equals("conference-paper")
                || kind.equals("inproceedings") || kind.equals("conference-abstract")) {
            return ScholarshipType.POSTER;
        }
        if (words.contains("qualitative")) {
            return ScholarshipType.QUALITATIVE_STUDY;
        }
        if (words.contains("validity") || words.contains("assessment tool") || words.contains("instrument")) {
            return ScholarshipType.ASSESSMENT_TOOL;
        }
        if (words.contains("program evaluation") || kind.equals("evaluation-study")) {
            return ScholarshipType.PROGRAM_EVALUATION;
        }
        if (words.contains("simulation") && (words.contains("curriculum") || words.contains("scenario"))) {
            return ScholarshipType.SIMULATION_CURRICULUM;
        }
        if (kind.equals("journal-article") || kind.equals("article")) {
            return ScholarshipType.PEER_REVIEWED_ARTICLE;
        }
        return null;
    }

    /** Journals and MedEdPORTAL review what they publish; for anything else the owner says. */
    static Boolean peerReviewed(ScholarshipType type) {
        return type == ScholarshipType.PEER_REVIEWED_ARTICLE || type == ScholarshipType.MEDEDPORTAL_PUBLICATION
                ? Boolean.TRUE : null;
    }
}
