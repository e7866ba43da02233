package org.pathway.mentoringmatch.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

class CompatibilityScorerTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    private static final List<TimeWindow> NEXT_WEEK = List.of(new TimeWindow(NOW.plus(Duration.ofDays(7)),
            NOW.plus(Duration.ofDays(7)).plus(Duration.ofHours(2))));
    private static final CompatibilityScorer SCORER = new CompatibilityScorer(ScoringWeights.DEFAULT,
            Duration.ofMinutes(20), Duration.ofDays(60));

    private static MenteeFacts mentee(String institution, AcademicRank rank, RequestKind kind, boolean openToExternal) {
        return new MenteeFacts(institution, "mentee", Set.of("Clinical Reasoning", "Assessment", "Feedback"), rank,
                Set.of(EducationRole.CLERKSHIP_DIRECTOR), kind, openToExternal, Set.of());
    }

    private static MentorFacts mentor(String institution, AcademicRank rank, Set<EducationRole> roles,
            Set<RequestKind> kinds, boolean acceptsExternal, int freeSlots, List<TimeWindow> availability) {
        return new MentorFacts(institution, "mentor", roles, Set.of("clinical reasoning", " assessment", "Simulation"),
                rank, kinds, acceptsExternal, false, freeSlots, availability);
    }

    private static MentorFacts goodMentor() {
        return mentor("northbridge", AcademicRank.ASSOCIATE_PROFESSOR, Set.of(EducationRole.CLERKSHIP_DIRECTOR),
                Set.of(RequestKind.values()), false, 2, NEXT_WEEK);
    }

    private static Factor factor(Compatibility compatibility, String name) {
        return compatibility.factors().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void shouldExplainEveryFactorAndSumThemIntoTheScore() {
        Compatibility c = SCORER.score(mentee("northbridge", AcademicRank.ASSISTANT_PROFESSOR,
                RequestKind.ADVICE_CONVERSATION, false), goodMentor(), NOW);

        assertThat(c.eligible()).isTrue();
        assertThat(c.factors()).extracting(Factor::name).containsExactly("niche", "targetRole", "careerStage",
                "institution", "kind", "availability", "readiness");
        assertThat(c.score()).isEqualTo(c.factors().stream().mapToInt(Factor::points).sum()).isEqualTo(24 + 30 + 15 + 6 + 5 + 8);
        assertThat(factor(c, "niche").reason()).contains("Assessment", "Clinical Reasoning").contains("+24");
        assertThat(factor(c, "targetRole").reason()).contains("clerkship director");
        assertThat(factor(c, "careerStage").reason()).contains("1 rank ahead");
        assertThat(factor(c, "institution").reason()).startsWith("same institution");
        assertThat(factor(c, "availability").points()).isEqualTo(8);
    }

    @Test
    void shouldCapNicheOverlapAndGiveNothingWithoutOne() {
        ScoringWeights weights = new ScoringWeights(20, 30, 30, 15, 8, 6, 10, 5, 8, 12);
        Compatibility capped = new CompatibilityScorer(weights, Duration.ofMinutes(20), Duration.ofDays(60))
                .score(mentee("northbridge", null, RequestKind.LONG_TERM, false), goodMentor(), NOW);
        MentorFacts noShared = new MentorFacts("northbridge", "m", Set.of(), Set.of("Surgery"), null,
                Set.of(RequestKind.LONG_TERM), false, false, 1, List.of());

        assertThat(factor(capped, "niche").points()).as("two shared tags × 20, capped at 30").isEqualTo(30);
        assertThat(factor(SCORER.score(mentee("northbridge", null, RequestKind.LONG_TERM, false), noShared, NOW),
                "niche").reason()).isEqualTo("no niche in common");
    }

    @Test
    void shouldTakeEveryWeightFromTheConfiguredWeights() {
        ScoringWeights doubled = new ScoringWeights(24, 72, 60, 30, 16, 12, 20, 10, 16, 24);
        MenteeFacts mentee = mentee("northbridge", AcademicRank.ASSISTANT_PROFESSOR, RequestKind.LONG_TERM, false);

        int base = SCORER.score(mentee, goodMentor(), NOW).score();
        int twice = new CompatibilityScorer(doubled, Duration.ofMinutes(20), Duration.ofDays(60))
                .score(mentee, goodMentor(), NOW).score();

        assertThat(twice).isEqualTo(2 * base);
    }

    @Test
    void shouldPreferMentorsOneOrTwoRanksAheadOverPeersAndDistantRanks() {
        MenteeFacts instructor = mentee("northbridge", AcademicRank.INSTRUCTOR, RequestKind.LONG_TERM, false);
        int peer = factor(SCORER.score(instructor, mentor("northbridge", AcademicRank.INSTRUCTOR, Set.of(),
                Set.of(RequestKind.LONG_TERM), false, 1, List.of()), NOW), "careerStage").points();
        int near = factor(SCORER.score(instructor, mentor("northbridge", AcademicRank.ASSOCIATE_PROFESSOR, Set.of(),
                Set.of(RequestKind.LONG_TERM), false, 1, List.of()), NOW), "careerStage").points();
        int far = factor(SCORER.score(instructor, mentor("northbridge", AcademicRank.PROFESSOR, Set.of(),
                Set.of(RequestKind.LONG_TERM), false, 1, List.of()), NOW), "careerStage").points();

        assertThat(near).isGreaterThan(far);
        assertThat(far).isGreaterThan(peer);
        assertThat(peer).isZero();
    }

    @Test
    void shouldFavourExternalMentorsForMenteesBuildingNationalPresenceOnlyWhenBothOptedIn() {
        MentorFacts external = mentor("lakeside", AcademicRank.PROFESSOR, Set.of(), Set.of(RequestKind.values()), true,
                1, List.of());
        Compatibility consenting = SCORER.score(mentee("northbridge", AcademicRank.ASSOCIATE_PROFESSOR,
                RequestKind.SPONSORSHIP, true), external, NOW);
        Compatibility notAsked = SCORER.score(mentee("northbridge", AcademicRank.ASSOCIATE_PROFESSOR,
                RequestKind.SPONSORSHIP, false), external, NOW);
        Compatibility notAccepting = SCORER.score(mentee("northbridge", AcademicRank.ASSOCIATE_PROFESSOR,
                RequestKind.SPONSORSHIP, true), mentor("lakeside", AcademicRank.PROFESSOR, Set.of(),
                Set.of(RequestKind.values()), false, 1, List.of()), NOW);

        assertThat(consenting.eligible()).isTrue();
        assertThat(factor(consenting, "institution").points()).isEqualTo(10);
        assertThat(factor(consenting, "institution").reason()).contains("national presence");
        assertThat(notAsked.blockers()).containsExactly("the mentee did not ask for mentors from other institutions");
        assertThat(notAccepting.blockers()).containsExactly("the mentor does not accept mentees from other institutions");
    }

    @Test
    void shouldBlockKindsTheMentorDoesNotAcceptAndAdviceConversationsWithoutAvailability() {
        MentorFacts longTermOnly = mentor("northbridge", AcademicRank.PROFESSOR, Set.of(), Set.of(RequestKind.LONG_TERM),
                false, 1, List.of());
        MentorFacts pastOnly = mentor("northbridge", AcademicRank.PROFESSOR, Set.of(), Set.of(RequestKind.values()),
                false, 1, List.of(new TimeWindow(NOW.minus(Duration.ofDays(2)), NOW.minus(Duration.ofDays(1)))));

        Compatibility kind = SCORER.score(mentee("northbridge", null, RequestKind.SPONSORSHIP, false), longTermOnly, NOW);
        Compatibility advice = SCORER.score(mentee("northbridge", null, RequestKind.ADVICE_CONVERSATION, false),
                pastOnly, NOW);
        Compatibility longTerm = SCORER.score(mentee("northbridge", null, RequestKind.LONG_TERM, false), pastOnly, NOW);

        assertThat(kind.blockers()).containsExactly("the mentor does not accept sponsorship");
        assertThat(advice.blockers()).singleElement().asString().contains("no availability window");
        assertThat(longTerm.eligible()).as("a long-term mentorship needs no slot now").isTrue();
        assertThat(factor(longTerm, "availability").points()).isZero();
    }

    @Test
    void shouldBlockThePausedTheFullAndTheMenteeThemselves() {
        MentorFacts paused = new MentorFacts("northbridge", "m", Set.of(), Set.of(), null, Set.of(RequestKind.values()),
                false, true, 1, NEXT_WEEK);
        MentorFacts full = mentor("northbridge", null, Set.of(), Set.of(RequestKind.values()), false, 0, NEXT_WEEK);
        MentorFacts self = new MentorFacts("northbridge", "mentee", Set.of(), Set.of(), null,
                Set.of(RequestKind.values()), false, false, 1, NEXT_WEEK);
        MenteeFacts mentee = mentee("northbridge", null, RequestKind.LONG_TERM, false);

        assertThat(SCORER.score(mentee, paused, NOW).blockers()).containsExactly("the mentor has paused mentoring");
        assertThat(SCORER.score(mentee, full, NOW).blockers()).containsExactly("the mentor has no free capacity");
        assertThat(SCORER.score(mentee, self, NOW).blockers()).containsExactly("this is the mentee themselves");
    }

    @Test
    void shouldFavourEducationScholarsForAScholarshipGap() {
        MenteeFacts withGap = new MenteeFacts("northbridge", "mentee", Set.of(), null, Set.of(), RequestKind.PROMOTION_COACHING,
                false, Set.of("SCHOLARSHIP"));
        MentorFacts scholar = mentor("northbridge", null, Set.of(EducationRole.MED_ED_SCHOLAR),
                Set.of(RequestKind.values()), false, 1, List.of());

        Factor readiness = factor(SCORER.score(withGap, scholar, NOW), "readiness");

        assertThat(readiness.points()).isEqualTo(12);
        assertThat(readiness.reason()).contains("scholarship gap");
    }

    @Test
    void shouldRejectNegativeWeights() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> new ScoringWeights(-1, 36, 30, 15, 8, 6, 10, 5, 8, 12));
    }
}
