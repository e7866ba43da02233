package org.pathway.promotionreview.readiness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.pathway.promotionreview.readiness.ReferenceDossiers.busyTeacherWithoutScholarship;
import static org.pathway.promotionreview.readiness.ReferenceDossiers.coherentEducationScholar;

import org.junit.jupiter.api.Test;
import org.pathway.promotionreview.criteria.Criteria;
import org.pathway.promotionreview.criteria.DefaultCriteria;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.Track;

/** The reference dossiers of DOMAIN.md pinned against the default criteria for Assistant → Associate. */
class ReferenceDossierTests {

    private final Criteria education = DefaultCriteria.educationToAssociate("inst-a");
    private final Criteria research = DefaultCriteria.researchToAssociate("inst-a");

    @Test
    void shouldJudgeBusyTeacherWithoutScholarshipNotReadyWithScholarshipAsTheGap() {
        ReadinessReport report = ReadinessEngine.assess(busyTeacherWithoutScholarship(), education);

        assertThat(report.status()).isEqualTo(ReadinessStatus.NOT_READY);
        assertThat(report.score()).isEqualTo(22);
        assertThat(report.primaryGap()).isEqualTo("education-scholarship");
        assertThat(report.gaps()).extracting(Gap::text).containsExactly(
                "3 more peer-reviewed education products on your niche, at least 2 as first or senior author",
                "2 more national activities (national workshop years, national invited talks or national committee "
                        + "roles)");
        assertThat(report.requirements())
                .extracting(RequirementResult::requirementId, RequirementResult::outcome, RequirementResult::found,
                        RequirementResult::needed)
                .containsExactly(
                        tuple("education-scholarship", RequirementOutcome.UNMET, 0, 3),
                        tuple("national-presence", RequirementOutcome.UNMET, 0, 2),
                        tuple("sustained-teaching", RequirementOutcome.MET, 6, 3),
                        tuple("education-leadership", RequirementOutcome.MET, 2, 1),
                        tuple("external-letters", RequirementOutcome.DEFERRED, 0, 3));
    }

    @Test
    void shouldShowBusyTeachersTeachingAndAwardsAsSupportOnly() {
        ReadinessReport report = ReadinessEngine.assess(busyTeacherWithoutScholarship(), education);

        assertThat(report.breakdown().signals()).filteredOn(s -> s.signal() == Signal.LECTURES_WITH_STRONG_EVALUATIONS)
                .singleElement().satisfies(s -> assertThat(s.creditPercent()).isEqualTo(100));
        // Full teaching credit, two directorships and two awards still leave strength well short of one coherent series.
        assertThat(report.breakdown().strength()).isEqualTo(72);
        assertThat(report.breakdown().coveragePercent()).isEqualTo(33);
    }

    @Test
    void shouldSuggestTurningBusyTeachersRolesAndPostersIntoScholarship() {
        ReadinessReport report = ReadinessEngine.assess(busyTeacherWithoutScholarship(), education);

        assertThat(report.convertible()).extracting(Convertible::evidenceId, Convertible::kind).containsExactly(
                tuple("l-physiology", ConvertibleKind.DIRECTOR_ROLE_WITHOUT_STUDY),
                tuple("l-skills", ConvertibleKind.DIRECTOR_ROLE_WITHOUT_STUDY),
                tuple("p-poster-1", ConvertibleKind.LOCAL_WORK_ON_NICHE),
                tuple("p-poster-2", ConvertibleKind.LOCAL_WORK_ON_NICHE),
                tuple("p-poster-3", ConvertibleKind.LOCAL_WORK_ON_NICHE));
        assertThat(report.coherence()).isEqualTo(new Coherence(3, 4, 75,
                "3 of 4 scholarship items build on your niche (75%)."));
    }

    @Test
    void shouldJudgeCoherentEducationScholarReadyOnEducationTrack() {
        ReadinessReport report = ReadinessEngine.assess(coherentEducationScholar(), education);

        assertThat(report.status()).isEqualTo(ReadinessStatus.READY);
        assertThat(report.score()).isEqualTo(100);
        assertThat(report.gaps()).isEmpty();
        assertThat(report.requirements()).filteredOn(r -> r.requirementId().equals("education-scholarship"))
                .singleElement().satisfies(r -> {
                    assertThat(r.found()).isEqualTo(4);
                    assertThat(r.foundFirstOrSenior()).isEqualTo(2);
                    assertThat(r.evidenceIds()).containsExactly("p-1", "p-2", "p-3", "p-4");
                });
        assertThat(report.coherence().sharePercent()).isEqualTo(100);
        // The clerkship directorship shares the niche with the papers: a study is attached, nothing to convert.
        assertThat(report.convertible()).isEmpty();
    }

    @Test
    void shouldJudgeSameEducationScholarNotReadyOnResearchTrack() {
        ReadinessReport report = ReadinessEngine.assess(coherentEducationScholar(), research);

        assertThat(report.status()).isEqualTo(ReadinessStatus.NOT_READY);
        assertThat(report.track()).isEqualTo(research.track());
        assertThat(report.primaryGap()).isEqualTo("research-papers");
        assertThat(report.gaps()).extracting(Gap::text)
                .containsExactly("2 more peer-reviewed original research papers");
        assertThat(report.score()).isLessThan(research.thresholds().borderlineFloor());
    }

    @Test
    void shouldJudgeEducationScholarOneProductShortBorderline() {
        CandidateEvidence threePapersOneFirst = new CandidateEvidence("faculty-short", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT,
                coherentEducationScholar().niche(),
                coherentEducationScholar().items().stream()
                        .filter(item -> !item.id().equals("p-3") && !item.id().equals("p-4")).toList(),
                ReferenceDossiers.AS_OF, java.util.OptionalInt.empty());

        ReadinessReport report = ReadinessEngine.assess(threePapersOneFirst, education);

        assertThat(report.status()).isEqualTo(ReadinessStatus.BORDERLINE);
        assertThat(report.gaps()).extracting(Gap::text).containsExactly(
                "1 more peer-reviewed education product on your niche as first or senior author");
        assertThat(report.score()).isBetween(education.thresholds().borderlineFloor(),
                education.thresholds().readyFloor() - 1);
    }
}
