package org.pathway.promotionreview.readiness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.pathway.promotionreview.criteria.AwardKind;
import org.pathway.promotionreview.criteria.Authorship;
import org.pathway.promotionreview.criteria.Criteria;
import org.pathway.promotionreview.criteria.DefaultCriteria;
import org.pathway.promotionreview.criteria.LeadershipRole;
import org.pathway.promotionreview.criteria.Rank;
import org.pathway.promotionreview.criteria.ScholarshipType;
import org.pathway.promotionreview.criteria.Track;
import org.pathway.promotionreview.criteria.VenueLevel;

/** Properties the engine must keep for any evidence, checked on the defaults and on seeded random dossiers. */
class ReadinessPropertyTests {

    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);
    private final Criteria education = DefaultCriteria.educationToAssociate("inst-a");

    static List<Criteria> defaults() {
        return DefaultCriteria.all("inst-a");
    }

    @ParameterizedTest
    @MethodSource("defaults")
    void shouldGiveIdenticalReportsForSameEvidenceInAnyOrder(Criteria criteria) {
        RandomEvidence generator = new RandomEvidence(7);
        for (int n = 0; n < 50; n++) {
            CandidateEvidence candidate = generator.candidate("f-" + n, 40);
            List<EvidenceItem> shuffled = new ArrayList<>(candidate.items());
            Collections.shuffle(shuffled, new Random(n));
            CandidateEvidence reordered = new CandidateEvidence(candidate.facultyId(), candidate.track(),
                    candidate.currentRank(), candidate.niche(), shuffled, candidate.asOf(),
                    candidate.externalLetters());

            ReadinessReport first = ReadinessEngine.assess(candidate, criteria);

            assertThat(ReadinessEngine.assess(candidate, criteria)).isEqualTo(first);
            assertThat(ReadinessEngine.assess(reordered, criteria)).isEqualTo(first);
            assertThat(ReadinessEngine.forCriteria(criteria).assess(reordered)).isEqualTo(first);
        }
    }

    @ParameterizedTest
    @MethodSource("defaults")
    void shouldNeverLowerScoreOrStatusWhenEvidenceIsAdded(Criteria criteria) {
        RandomEvidence generator = new RandomEvidence(11);
        ReadinessAssessor assessor = ReadinessEngine.forCriteria(criteria);
        int raised = 0;
        for (int n = 0; n < 300; n++) {
            CandidateEvidence candidate = generator.candidate("f-" + n, n % 30);
            ReadinessReport before = assessor.assess(candidate);
            for (int step = 0; step < 10; step++) {
                candidate = candidate.withItem(generator.item());
                ReadinessReport after = assessor.assess(candidate);
                assertThat(after.score()).as("score after adding evidence to %s", candidate.facultyId())
                        .isGreaterThanOrEqualTo(before.score());
                assertThat(after.status()).isGreaterThanOrEqualTo(before.status());
                assertThat(after.breakdown().rawScore()).isGreaterThanOrEqualTo(before.breakdown().rawScore());
                raised += after.score() > before.score() ? 1 : 0;
                before = after;
            }
        }
        // The property is only meaningful if added evidence does move scores.
        assertThat(raised).isGreaterThan(300);
    }

    @Test
    void shouldAddAlmostNothingForTeachingHoursOnceSustainedTeachingIsShown() {
        ReadinessReport none = withTeachingHours(0);
        ReadinessReport sixty = withTeachingHours(60);
        ReadinessReport hundred = withTeachingHours(100);
        ReadinessReport twoHundredFifty = withTeachingHours(250);
        ReadinessReport thousand = withTeachingHours(1000);

        assertThat(sixty.breakdown().strength() - none.breakdown().strength()).isGreaterThanOrEqualTo(5);
        assertThat(sixty.score()).isGreaterThan(none.score());
        assertThat(twoHundredFifty.breakdown().strength() - hundred.breakdown().strength()).isBetween(0, 1);
        assertThat(twoHundredFifty.score() - hundred.score()).isBetween(0, 1);
        assertThat(thousand.score()).isEqualTo(twoHundredFifty.score());
        assertThat(thousand.breakdown().strength()).isEqualTo(twoHundredFifty.breakdown().strength());
    }

    @Test
    void shouldHalveWhatMoreTeachingCanAddEveryHalfHoursPeriod() {
        int half = education.thresholds().teachingHalfHours();

        assertThat(teachingCredit(0)).isZero();
        assertThat(teachingCredit(half)).isEqualTo(50);
        assertThat(teachingCredit(2 * half)).isEqualTo(75);
        assertThat(teachingCredit(3 * half)).isEqualTo(88);
        assertThat(teachingCredit(250)).isEqualTo(100);
    }

    @Test
    void shouldCountWeaklyEvaluatedHoursHalf() {
        int half = education.thresholds().teachingHalfHours();
        CandidateEvidence weak = CandidateEvidence.of("f", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT, Set.of(),
                List.of(EvidenceItem.teaching("t", "Lectures", AS_OF, 2 * half, 3.0, 5.0)), AS_OF);

        assertThat(signal(ReadinessEngine.assess(weak, education), Signal.LECTURES_WITH_STRONG_EVALUATIONS)
                .creditPercent()).isEqualTo(50);
    }

    @ParameterizedTest
    @MethodSource("defaults")
    void shouldNeverMakeAwardsAndEvaluationsAloneReady(Criteria criteria) {
        List<EvidenceItem> items = new ArrayList<>();
        for (int year = 2010; year <= 2024; year++) {
            items.add(EvidenceItem.award("a-" + year, "Teacher of the year " + year, LocalDate.of(year, 5, 1),
                    year % 2 == 0 ? AwardKind.STUDENT_VOTED_TEACHING : AwardKind.INSTITUTIONAL_TEACHING));
            items.add(EvidenceItem.teaching("t-" + year, "Lectures " + year, LocalDate.of(year, 3, 1), 150, 5.0, 5.0));
        }
        CandidateEvidence beloved = CandidateEvidence.of("f-beloved", criteria.track(), Rank.ASSISTANT,
                Set.of("feedback"), items, AS_OF).withExternalLetters(5);

        ReadinessReport report = ReadinessEngine.assess(beloved, criteria);

        assertThat(report.status()).isEqualTo(ReadinessStatus.NOT_READY);
        assertThat(report.score()).isLessThan(criteria.thresholds().borderlineFloor());
        assertThat(report.breakdown().strength()).isLessThanOrEqualTo(
                criteria.weights().lecturesWithStrongEvaluations() + criteria.weights().teachingAward());
    }

    @Test
    void shouldComputeCoherenceAsShareOfScholarshipOnTheNiche() {
        assertThat(coherence(3, 1).sharePercent()).isEqualTo(75);
        assertThat(coherence(1, 2).sharePercent()).isEqualTo(33);
        assertThat(coherence(2, 1).sharePercent()).isEqualTo(67);
        assertThat(coherence(1, 7).sharePercent()).isEqualTo(13);
        assertThat(coherence(0, 0)).isEqualTo(new Coherence(0, 0, 0, "No scholarship recorded yet."));
        assertThat(coherence(2, 2)).isEqualTo(new Coherence(2, 4, 50, "2 of 4 scholarship items build on your niche (50%)."));
    }

    @Test
    void shouldMatchTheNicheIgnoringCaseAndSpacing() {
        EvidenceItem paper = EvidenceItem.scholarship("p", "Paper", AS_OF, new EvidenceItem.Scholarship(
                ScholarshipType.PEER_REVIEWED_ARTICLE, true, Authorship.FIRST, VenueLevel.NATIONAL, 0),
                Set.of("  Feedback and   Coaching in RESIDENCY "));
        CandidateEvidence candidate = CandidateEvidence.of("f", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT,
                Set.of("feedback and coaching in residency"), List.of(paper), AS_OF);

        assertThat(ReadinessEngine.assess(candidate, education).coherence().onNiche()).isEqualTo(1);
    }

    @Test
    void shouldNotJudgeCoherenceWithoutANiche() {
        CandidateEvidence candidate = CandidateEvidence.of("f", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT, Set.of(),
                List.of(ReferenceDossiers.paper("p", "Paper", 2020, Authorship.FIRST, VenueLevel.NATIONAL)), AS_OF);

        Coherence coherence = ReadinessEngine.assess(candidate, education).coherence();

        assertThat(coherence.sharePercent()).isZero();
        assertThat(coherence.summary()).startsWith("No education niche recorded");
    }

    @Test
    void shouldWordTheGapWithTheAuthorshipStillNeeded() {
        CandidateEvidence onePaper = CandidateEvidence.of("f", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT,
                Set.of(ReferenceDossiers.FEEDBACK_NICHE),
                List.of(ReferenceDossiers.paper("p", "Paper", 2020, Authorship.SENIOR, VenueLevel.NATIONAL)), AS_OF);

        ReadinessReport report = ReadinessEngine.assess(onePaper, education);

        assertThat(report.gaps().get(0)).isEqualTo(new Gap("education-scholarship", 2,
                "2 more peer-reviewed education products on your niche, at least 1 as first or senior author"));
    }

    @Test
    void shouldDeferExternalLettersUntilADossierSolicitsThem() {
        CandidateEvidence scholar = ReferenceDossiers.coherentEducationScholar();

        RequirementResult before = letters(ReadinessEngine.assess(scholar, education));
        ReadinessReport twoLetters = ReadinessEngine.assess(scholar.withExternalLetters(2), education);
        ReadinessReport threeLetters = ReadinessEngine.assess(scholar.withExternalLetters(3), education);

        assertThat(before.outcome()).isEqualTo(RequirementOutcome.DEFERRED);
        assertThat(letters(twoLetters).outcome()).isEqualTo(RequirementOutcome.UNMET);
        assertThat(twoLetters.status()).isEqualTo(ReadinessStatus.BORDERLINE);
        assertThat(twoLetters.gaps()).extracting(Gap::text).containsExactly("1 more external letter");
        assertThat(threeLetters.status()).isEqualTo(ReadinessStatus.READY);
    }

    @Test
    void shouldCountRolesStillHeldUpToTheAssessmentDate() {
        EvidenceItem clerkship = EvidenceItem.leadership("l", "Clerkship director", LocalDate.of(2021, 7, 1), null,
                LeadershipRole.CLERKSHIP_DIRECTOR, Set.of());
        CandidateEvidence in2022 = CandidateEvidence.of("f", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT, Set.of(),
                List.of(clerkship), LocalDate.of(2022, 1, 1));
        CandidateEvidence in2024 = CandidateEvidence.of("f", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT, Set.of(),
                List.of(clerkship), LocalDate.of(2024, 1, 1));

        assertThat(teachingYears(ReadinessEngine.assess(in2022, education))).isEqualTo(2);
        assertThat(teachingYears(ReadinessEngine.assess(in2024, education))).isEqualTo(4);
    }

    @Test
    void shouldCountNationalCommitteesTalksAndWorkshopYearsAsNationalPresence() {
        CandidateEvidence candidate = CandidateEvidence.of("f", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT, Set.of(),
                List.of(
                        EvidenceItem.committee("c-national", "Society assessment committee", LocalDate.of(2022, 1, 1),
                                null, LeadershipRole.COMMITTEE_MEMBER, VenueLevel.NATIONAL, Set.of()),
                        EvidenceItem.committee("c-local", "Clerkship committee", LocalDate.of(2022, 1, 1), null,
                                LeadershipRole.COMMITTEE_CHAIR, VenueLevel.LOCAL, Set.of()),
                        EvidenceItem.scholarship("talk", "Grand rounds, another school", AS_OF,
                                new EvidenceItem.Scholarship(ScholarshipType.INVITED_TALK, false, Authorship.SOLE,
                                        VenueLevel.INTERNATIONAL, 0), Set.of()),
                        EvidenceItem.scholarship("workshop", "National workshop", AS_OF,
                                new EvidenceItem.Scholarship(ScholarshipType.WORKSHOP, true, Authorship.FIRST,
                                        VenueLevel.NATIONAL, 2), Set.of())),
                AS_OF);

        RequirementResult presence = ReadinessEngine.assess(candidate, education).requirements().stream()
                .filter(r -> r.requirementId().equals("national-presence")).findFirst().orElseThrow();

        assertThat(presence.found()).isEqualTo(4);
        assertThat(presence.evidenceIds()).containsExactly("c-national", "talk", "workshop");
    }

    @ParameterizedTest
    @MethodSource("defaults")
    void shouldKeepScoreInsideTheBandOfItsStatus(Criteria criteria) {
        RandomEvidence generator = new RandomEvidence(23);
        for (int n = 0; n < 200; n++) {
            ReadinessReport report = ReadinessEngine.assess(generator.candidate("f-" + n, n % 60), criteria);
            int borderline = criteria.thresholds().borderlineFloor();
            int ready = criteria.thresholds().readyFloor();
            switch (report.status()) {
                case READY -> assertThat(report.score()).isBetween(ready, 100);
                case BORDERLINE -> assertThat(report.score()).isBetween(borderline, ready - 1);
                case NOT_READY -> assertThat(report.score()).isBetween(0, borderline - 1);
            }
        }
    }

    @Test
    void shouldListConvertibleCurriculaWithAdviceMatchingWhatTheyHave() {
        CandidateEvidence candidate = CandidateEvidence.of("f", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT, Set.of(),
                List.of(
                        EvidenceItem.curriculum("c-ready", "Sepsis simulation", AS_OF,
                                new EvidenceItem.Curriculum(true, true, false), Set.of()),
                        EvidenceItem.curriculum("c-bare", "Night-float handoffs", AS_OF,
                                new EvidenceItem.Curriculum(false, false, false), Set.of()),
                        EvidenceItem.curriculum("c-done", "Published bootcamp", AS_OF,
                                new EvidenceItem.Curriculum(true, true, true), Set.of())),
                AS_OF);

        List<Convertible> convertible = ReadinessEngine.assess(candidate, education).convertible();

        assertThat(convertible).extracting(Convertible::evidenceId).containsExactly("c-bare", "c-ready");
        assertThat(convertible.get(1).suggestion()).contains("never disseminated", "MedEdPORTAL");
        assertThat(convertible.get(0).suggestion()).contains("pre-specify outcomes");
    }

    private static RequirementResult letters(ReadinessReport report) {
        return report.requirements().stream().filter(r -> r.requirementId().equals("external-letters"))
                .findFirst().orElseThrow();
    }

    private static int teachingYears(ReadinessReport report) {
        return report.requirements().stream().filter(r -> r.requirementId().equals("sustained-teaching"))
                .findFirst().orElseThrow().found();
    }

    private Coherence coherence(int onNiche, int offNiche) {
        List<EvidenceItem> items = new ArrayList<>();
        for (int i = 0; i < onNiche; i++) {
            items.add(ReferenceDossiers.paper("on-" + i, "On " + i, 2020, Authorship.MIDDLE, VenueLevel.LOCAL));
        }
        for (int i = 0; i < offNiche; i++) {
            items.add(EvidenceItem.scholarship("off-" + i, "Off " + i, AS_OF, null, Set.of("hospital medicine")));
        }
        CandidateEvidence candidate = CandidateEvidence.of("f", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT,
                Set.of(ReferenceDossiers.FEEDBACK_NICHE), items, AS_OF);
        return ReadinessEngine.assess(candidate, education).coherence();
    }

    /** A course director (sustained teaching shown) plus lectures in 2024 only: hours grow, teaching years do not. */
    private ReadinessReport withTeachingHours(int hours) {
        CandidateEvidence base = CandidateEvidence.of("f", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT,
                Set.of(ReferenceDossiers.REASONING_NICHE), List.of(
                        EvidenceItem.leadership("l", "Course director", LocalDate.of(2020, 7, 1), null,
                                LeadershipRole.COURSE_DIRECTOR, Set.of())), AS_OF);
        if (hours > 0) {
            base = base.withItem(EvidenceItem.teaching("t", "Lectures", LocalDate.of(2024, 3, 1), hours, 4.9, 5.0));
        }
        return ReadinessEngine.assess(base, education);
    }

    private int teachingCredit(int hours) {
        CandidateEvidence candidate = CandidateEvidence.of("f", Track.CLINICIAN_EDUCATOR, Rank.ASSISTANT, Set.of(),
                hours == 0 ? List.of() : List.of(EvidenceItem.teaching("t", "Lectures", AS_OF, hours, 5.0, 5.0)),
                AS_OF);
        return signal(ReadinessEngine.assess(candidate, education), Signal.LECTURES_WITH_STRONG_EVALUATIONS)
                .creditPercent();
    }

    private static SignalResult signal(ReadinessReport report, Signal signal) {
        return report.breakdown().signals().stream().filter(s -> s.signal() == signal).findFirst().orElseThrow();
    }
}
