package org.pathway.promotionreview.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.pathway.promotionreview.criteria.AwardKind;
import org.pathway.promotionreview.criteria.Authorship;
import org.pathway.promotionreview.criteria.LeadershipRole;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.ScholarshipType;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.criteria.VenueLevel;

/** The reference dossiers of DOMAIN.md and issue 4, built exactly as described there. */
final class ReferenceDossiers {

    static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    static final String REASONING_NICHE = "assessment of clinical reasoning in clerkships";
    static final String FEEDBACK_NICHE = "feedback and coaching in residency";

    private ReferenceDossiers() {
    }

    /**
     * 250+ lecture hours, two course directorships, excellent evaluations and awards, but only local posters and one
     * weak paper (middle author, regional journal, off the niche).
     */
    static CandidateEvidence busyTeacherWithoutScholarship() {
        List<EvidenceItem> items = new ArrayList<>();
        for (int year = 2020; year <= 2024; year++) {
            items.add(EvidenceItem.teaching("t-" + year + "-a", "Clerkship reasoning lectures " + year,
                    LocalDate.of(year, 3, 1), 26, 4.8, 5.0));
            items.add(EvidenceItem.teaching("t-" + year + "-b", "Year-2 physiology lectures " + year,
                    LocalDate.of(year, 10, 1), 26, 4.9, 5.0));
        }
        items.add(EvidenceItem.leadership("l-physiology", "Director, Year-2 Cardiovascular Physiology Course",
                LocalDate.of(2019, 7, 1), null, LeadershipRole.COURSE_DIRECTOR, Set.of("cardiovascular physiology")));
        items.add(EvidenceItem.leadership("l-skills", "Director, Clinical Skills Course",
                LocalDate.of(2021, 7, 1), null, LeadershipRole.COURSE_DIRECTOR, Set.of("clinical skills")));
        items.add(EvidenceItem.award("a-students", "Student-voted teacher of the year", LocalDate.of(2022, 5, 1),
                AwardKind.STUDENT_VOTED_TEACHING));
        items.add(EvidenceItem.award("a-dean", "Dean's teaching excellence award", LocalDate.of(2023, 5, 1),
                AwardKind.INSTITUTIONAL_TEACHING));
        for (int i = 1; i <= 3; i++) {
            items.add(EvidenceItem.scholarship("p-poster-" + i, "Reasoning rubric pilot, local education day " + i,
                    LocalDate.of(2020 + i, 4, 15), new EvidenceItem.Scholarship(ScholarshipType.POSTER, false,
                            Authorship.FIRST, VenueLevel.LOCAL, 0), Set.of(REASONING_NICHE)));
        }
        items.add(EvidenceItem.scholarship("p-case-series", "A case series of inpatient hyponatremia",
                LocalDate.of(2021, 9, 1), new EvidenceItem.Scholarship(ScholarshipType.PEER_REVIEWED_ARTICLE, true,
                        Authorship.MIDDLE, VenueLevel.REGIONAL, 0), Set.of("hospital medicine")));
        return CandidateEvidence.of("faculty-busy-teacher", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT,
                Set.of(REASONING_NICHE), items, AS_OF);
    }

    /**
     * Four related peer-reviewed education papers (two first-author) on one niche, several years of national workshop
     * faculty and a clerkship directorship.
     */
    static CandidateEvidence coherentEducationScholar() {
        List<EvidenceItem> items = new ArrayList<>();
        items.add(paper("p-1", "Entrustment-based feedback in residency: a multi-site study", 2019, Authorship.FIRST,
                VenueLevel.NATIONAL));
        items.add(paper("p-2", "Coaching conversations after night float", 2020, Authorship.MIDDLE,
                VenueLevel.NATIONAL));
        items.add(paper("p-3", "A validity argument for a feedback quality tool", 2022, Authorship.FIRST,
                VenueLevel.INTERNATIONAL));
        items.add(paper("p-4", "Longitudinal coaching and resident self-assessment", 2023, Authorship.MIDDLE,
                VenueLevel.NATIONAL));
        items.add(EvidenceItem.scholarship("w-national", "Faculty, national workshop on feedback coaching",
                LocalDate.of(2020, 4, 20), new EvidenceItem.Scholarship(ScholarshipType.WORKSHOP, false,
                        Authorship.FIRST, VenueLevel.NATIONAL, 4), Set.of(FEEDBACK_NICHE)));
        items.add(EvidenceItem.leadership("l-clerkship", "Director, Internal Medicine Clerkship",
                LocalDate.of(2019, 7, 1), null, LeadershipRole.CLERKSHIP_DIRECTOR, Set.of(FEEDBACK_NICHE)));
        return CandidateEvidence.of("faculty-coherent-scholar", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT,
                Set.of(FEEDBACK_NICHE), items, AS_OF);
    }

    static EvidenceItem paper(String id, String title, int year, Authorship authorship, VenueLevel venue) {
        return EvidenceItem.scholarship(id, title, LocalDate.of(year, 6, 1),
                new EvidenceItem.Scholarship(ScholarshipType.PEER_REVIEWED_ARTICLE, true, authorship, venue, 0),
                Set.of(FEEDBACK_NICHE));
    }
}
