package org.pathway.promotionreview.readiness;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.pathway.promotionreview.criteria.AwardKind;
import org.pathway.promotionreview.criteria.Authorship;
import org.pathway.promotionreview.criteria.EvidenceKind;
import org.pathway.promotionreview.criteria.LeadershipRole;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.ScholarshipType;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.criteria.VenueLevel;

/** Seeded generator of plausible evidence of every kind, for property tests and the benchmark. */
public final class RandomEvidence {

    static final String NICHE = "simulation-based procedural training";
    private static final List<String> THEMES = List.of(NICHE, "feedback and coaching in residency",
            "remediation of struggling learners", "interprofessional teamwork", "hospital medicine");

    private final Random random;
    private int sequence;

    public RandomEvidence(long seed) {
        this.random = new Random(seed);
    }

    public CandidateEvidence candidate(String facultyId, int items) {
        List<EvidenceItem> evidence = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            evidence.add(item());
        }
        return CandidateEvidence.of(facultyId, Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT, Set.of(NICHE), evidence,
                LocalDate.of(2024, 6, 30));
    }

    public EvidenceItem item() {
        String id = "e-" + (sequence++);
        LocalDate on = LocalDate.of(2012 + random.nextInt(13), 1 + random.nextInt(12), 1 + random.nextInt(28));
        EvidenceKind kind = pick(EvidenceKind.values());
        Set<String> themes = random.nextBoolean() ? Set.of(pick(THEMES.toArray(String[]::new))) : Set.of();
        return switch (kind) {
            case TEACHING -> EvidenceItem.teaching(id, "Session " + id, on, random.nextInt(40),
                    random.nextBoolean() ? 2.5 + random.nextInt(26) / 10.0 : null, 5.0);
            case SCHOLARSHIP -> EvidenceItem.scholarship(id, "Work " + id, on, random.nextInt(10) == 0 ? null
                    : new EvidenceItem.Scholarship(pick(ScholarshipType.values()), random.nextBoolean(),
                            pick(Authorship.values()), pick(VenueLevel.values()), random.nextInt(4)), themes);
            case LEADERSHIP -> EvidenceItem.committee(id, "Role " + id, on,
                    random.nextBoolean() ? null : on.plusYears(random.nextInt(5)), pick(LeadershipRole.values()),
                    pick(VenueLevel.values()), themes);
            case AWARD -> EvidenceItem.award(id, "Award " + id, on, pick(AwardKind.values()));
            case CURRICULUM -> EvidenceItem.curriculum(id, "Curriculum " + id, on, new EvidenceItem.Curriculum(
                    random.nextBoolean(), random.nextBoolean(), random.nextBoolean()), themes);
            case MENTORING -> EvidenceItem.mentoring(id, "Mentee " + id, on);
        };
    }

    @SafeVarargs
    private <T> T pick(T... values) {
        return values[random.nextInt(values.length)];
    }
}
