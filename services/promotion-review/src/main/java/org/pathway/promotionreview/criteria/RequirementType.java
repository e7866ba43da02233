package org.pathway.promotionreview.criteria;

/** The typed requirements an institution can write; each names what it counts. */
public enum RequirementType {
    /** Items matching an {@link EvidenceFilter}, optionally with a first-or-senior-author quota. */
    EVIDENCE_COUNT,
    /** Distinct calendar years with teaching evidence (teaching sessions or a course/block/clerkship directorship). */
    SUSTAINED_TEACHING,
    /** Leadership items whose role is in a given set. */
    LEADERSHIP_ROLES,
    /** National workshops (one per year of faculty), national invited talks and national committee roles. */
    NATIONAL_PRESENCE,
    /** External letters received; assessed only once a dossier has solicited them. */
    EXTERNAL_LETTERS
}
