package org.pathway.promotionreview.criteria;

/** What a piece of scholarship is. The first six are education products a committee counts as publications. */
public enum ScholarshipType {
    PEER_REVIEWED_ARTICLE,
    MEDEDPORTAL_PUBLICATION,
    SIMULATION_CURRICULUM,
    ASSESSMENT_TOOL,
    PROGRAM_EVALUATION,
    QUALITATIVE_STUDY,
    POSTER,
    WORKSHOP,
    INVITED_TALK;

    /** Products that can stand as publications in a dossier; posters, workshops and talks are presence, not products. */
    public boolean isEducationProduct() {
        return ordinal() <= QUALITATIVE_STUDY.ordinal();
    }
}
