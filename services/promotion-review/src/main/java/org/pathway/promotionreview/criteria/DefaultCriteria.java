package org.pathway.promotionreview.criteria;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The criteria an institution starts from, taken from DOMAIN.md's "typical expectations at a mid-tier school". They
 * are version 1 of the institution's own line; the institution overrides them by publishing later versions. Built
 * through the same validation as any admin's draft, so the defaults can never be self-contradictory.
 */
public final class DefaultCriteria {

    /** Peer-reviewed products an education committee counts as publications (not posters, workshops or talks). */
    static final List<String> EDUCATION_PRODUCTS = List.of(
            "PEER_REVIEWED_ARTICLE", "MEDEDPORTAL_PUBLICATION", "SIMULATION_CURRICULUM", "ASSESSMENT_TOOL",
            "PROGRAM_EVALUATION", "QUALITATIVE_STUDY");

    /** What a research committee counts as original research papers. */
    static final List<String> RESEARCH_PAPERS = List.of("PEER_REVIEWED_ARTICLE", "QUALITATIVE_STUDY");

    /** Every education director role; committee roles are service, not leadership of a program. */
    static final List<String> DIRECTOR_ROLES = List.of(
            "COURSE_DIRECTOR", "BLOCK_DIRECTOR", "CLERKSHIP_DIRECTOR", "PROGRAM_DIRECTOR", "ASSOCIATE_PROGRAM_DIRECTOR",
            "FELLOWSHIP_DIRECTOR", "SIMULATION_DIRECTOR", "SKILLS_LAB_LEAD", "UME_DIRECTOR", "VICE_CHAIR_EDUCATION");

    private DefaultCriteria() {
    }

    /** Defaults exist for the education and research tracks, to Associate and to Full Professor. */
    public static Optional<Criteria> of(String institution, Track track, Rank targetRank) {
        return Optional.ofNullable(draft(institution, track, targetRank)).map(Criteria::firstVersion);
    }

    /** Every default criteria line for a newly onboarded institution, in a fixed order. */
    public static List<Criteria> all(String institution) {
        List<Criteria> all = new ArrayList<>();
        for (Track track : List.of(Track.CLINICIAN_EDUCATOR, Track.RESEARCH)) {
            for (Rank rank : List.of(Rank.ASSOCIATE, Rank.FULL)) {
                of(institution, track, rank).ifPresent(all::add);
            }
        }
        return List.copyOf(all);
    }

    public static Criteria educationToAssociate(String institution) {
        return of(institution, Track.CLINICIAN_EDUCATOR, Rank.ASSOCIATE).orElseThrow();
    }

    public static Criteria researchToAssociate(String institution) {
        return of(institution, Track.RESEARCH, Rank.ASSOCIATE).orElseThrow();
    }

    private static CriteriaDraft draft(String institution, Track track, Rank targetRank) {
        if (track == Track.CLINICIAN_EDUCATOR && targetRank == Rank.ASSOCIATE) {
            // ~3–6 peer-reviewed education products, at least two first or senior author, on one coherent theme;
            // national reputation through education venues; high teaching volume; leadership.
            return draft(institution, track, targetRank, List.of(
                    educationProducts(3, 2, 40),
                    nationalPresence(2, 20),
                    sustainedTeaching(3, 15),
                    directorRoles(1, 15),
                    letters(3, 10)));
        }
        if (track == Track.CLINICIAN_EDUCATOR && targetRank == Rank.FULL) {
            return draft(institution, track, targetRank, List.of(
                    educationProducts(6, 3, 40),
                    nationalPresence(4, 25),
                    sustainedTeaching(5, 10),
                    directorRoles(2, 15),
                    letters(5, 10)));
        }
        if (track == Track.RESEARCH && targetRank == Rank.ASSOCIATE) {
            // ~6–10 solid original research papers, some first/last author; national reputation strongly
            // emphasized; teaching required but not central.
            return draft(institution, track, targetRank, List.of(
                    researchPapers(6, 2, 50),
                    nationalPresence(3, 25),
                    sustainedTeaching(2, 10),
                    letters(3, 15)));
        }
        if (track == Track.RESEARCH && targetRank == Rank.FULL) {
            return draft(institution, track, targetRank, List.of(
                    researchPapers(12, 5, 50),
                    nationalPresence(6, 25),
                    sustainedTeaching(3, 10),
                    letters(5, 15)));
        }
        return null;
    }

    private static CriteriaDraft draft(String institution, Track track, Rank rank,
                                       List<CriteriaDraft.RequirementDraft> requirements) {
        return new CriteriaDraft(institution, track.name(), rank.name(), requirements, null, null);
    }

    private static CriteriaDraft.RequirementDraft educationProducts(int atLeast, int firstOrSenior, int importance) {
        return new CriteriaDraft.RequirementDraft("education-scholarship", "EVIDENCE_COUNT",
                "peer-reviewed education product on your niche", "peer-reviewed education products on your niche",
                importance, atLeast, firstOrSenior, List.of("SCHOLARSHIP"), EDUCATION_PRODUCTS, true, null, true,
                null);
    }

    private static CriteriaDraft.RequirementDraft researchPapers(int atLeast, int firstOrSenior, int importance) {
        return new CriteriaDraft.RequirementDraft("research-papers", "EVIDENCE_COUNT",
                "peer-reviewed original research paper", "peer-reviewed original research papers",
                importance, atLeast, firstOrSenior, List.of("SCHOLARSHIP"), RESEARCH_PAPERS, true, null, false, null);
    }

    private static CriteriaDraft.RequirementDraft nationalPresence(int atLeast, int importance) {
        return new CriteriaDraft.RequirementDraft("national-presence", "NATIONAL_PRESENCE",
                "national activity (national workshop year, national invited talk or national committee role)",
                "national activities (national workshop years, national invited talks or national committee roles)",
                importance, atLeast, null, null, null, null, null, null, null);
    }

    private static CriteriaDraft.RequirementDraft sustainedTeaching(int years, int importance) {
        return new CriteriaDraft.RequirementDraft("sustained-teaching", "SUSTAINED_TEACHING",
                "year of documented teaching", "years of documented teaching",
                importance, years, null, null, null, null, null, null, null);
    }

    private static CriteriaDraft.RequirementDraft directorRoles(int atLeast, int importance) {
        return new CriteriaDraft.RequirementDraft("education-leadership", "LEADERSHIP_ROLES",
                "education director role (course, block or clerkship director, APD, PD or similar)",
                "education director roles (course, block or clerkship director, APD, PD or similar)",
                importance, atLeast, null, null, null, null, null, null, DIRECTOR_ROLES);
    }

    private static CriteriaDraft.RequirementDraft letters(int atLeast, int importance) {
        return new CriteriaDraft.RequirementDraft("external-letters", "EXTERNAL_LETTERS",
                "external letter", "external letters", importance, atLeast, null, null, null, null, null, null, null);
    }
}
