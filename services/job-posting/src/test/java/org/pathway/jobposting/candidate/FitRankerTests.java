package org.pathway.jobposting.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.pathway.jobposting.posting.CandidateAnswers;
import org.pathway.jobposting.posting.Location;
import org.pathway.jobposting.posting.PayRange;
import org.pathway.jobposting.posting.PercentRange;
import org.pathway.jobposting.posting.PostingStatus;
import org.pathway.jobposting.posting.PostingView;
import org.pathway.jobposting.posting.RoleType;
import org.pathway.jobposting.posting.TrainingKind;
import org.pathway.jobposting.posting.TrainingRequirement;
import org.pathway.jobposting.posting.Workplace;

/** The fit score and its reasons, criterion by criterion. */
class FitRankerTests {

    static final Candidate ADA = new Candidate("northbridge/ada", "northbridge", "ada", 3,
            new Candidate.Range(30, 50), Set.of(TrainingKind.FACULTY_DEVELOPMENT_SERIES), Set.of(TrainingKind.MASTERS),
            "Assessment of clinical reasoning", List.of("Simulation"), Set.of(RoleType.CLERKSHIP_DIRECTOR), "e1");

    static PostingView posting(RoleType role, double clinicalMin, double clinicalMax, long payMin, long payMax,
            List<TrainingKind> required, String description) {
        return new PostingView("p", "lakeside", PostingStatus.PUBLISHED, "Title", role, role.label(), null, null,
                description, new Location("Boston", Workplace.ON_SITE), new PercentRange(clinicalMin, clinicalMax), null,
                null, null, new PayRange(payMin, payMax, "USD"), false, new TrainingRequirement(required, null),
                List.of(), CandidateAnswers.NONE, null, null, null, null, null);
    }

    @Test
    void shouldGiveAPerfectFitFullMarksAndSayWhy() {
        FitRanker.FitRank fit = FitRanker.rank(ADA, 180_000L, posting(RoleType.CLERKSHIP_DIRECTOR, 30, 40, 200_000,
                220_000, List.of(TrainingKind.FACULTY_DEVELOPMENT_SERIES), "Simulation-based assessment of reasoning"));

        assertThat(fit.score()).isEqualTo(100);
        assertThat(fit.reasons()).containsExactly("clinical time 30–40% sits inside your target 30–50%",
                "pay 200,000–220,000 USD meets your minimum 180,000",
                "you hold required training (FACULTY_DEVELOPMENT_SERIES)",
                "the posting mentions your niche: simulation, assessment, reasoning",
                "Clerkship director is one of your target roles");
    }

    @Test
    void shouldRankAMoreClinicalLowerPaidPostingBelowWithTheGapsInWords() {
        FitRanker.FitRank fit = FitRanker.rank(ADA, 250_000L, posting(RoleType.SIMULATION_DIRECTOR, 70, 80, 150_000,
                190_000, List.of(TrainingKind.FELLOWSHIP), "Run the sim center"));

        assertThat(fit.score()).isLessThan(20);
        assertThat(fit.reasons()).contains("clinical time 70–80% is 20 points above your target 30–50%",
                "pay tops out at 190,000 USD, below your minimum 250,000",
                "requires FELLOWSHIP, which your profile does not list",
                "Simulation director is not among your target roles");
    }

    @Test
    void shouldLeaveOutCriteriaTheCandidateGaveNoTargetFor() {
        FitRanker.FitRank fit = FitRanker.rank(null, null, posting(RoleType.MED_ED_SCHOLAR, 0, 20, 150_000, 170_000,
                List.of(), null));

        assertThat(fit.score()).as("only training is weighed: nothing required, nothing preferred").isEqualTo(100);
        assertThat(fit.reasons()).hasSize(5).anySatisfy(r -> assertThat(r).startsWith("no minimum income given"));
    }
}
