package org.pathway.mentoringmatch.matching;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CertificateTests {

    private final AssignmentProblem problem = BenchInstances.canonical(60, 15, 5);

    private final OptimalMatcher.Result result = new OptimalMatcher().solve(problem);

    @Test
    void shouldAcceptTheSolversOwnCertificate() {
        Certificate.Verdict verdict = result.certificate().verify(problem, result.assignment());
        assertThat(verdict.optimal()).as(verdict.reason()).isTrue();
        assertThat(result.certificate().dualObjective(problem)).isEqualTo(
                result.assignment().matched() * (result.certificate().cardinalityWeight() - result.certificate()
                    .scoreOffset()) + result.assignment().totalScore());
    }

    @Test
    void shouldRejectASuboptimalAssignment() {
        int[] worse = result.assignment().mentorOf();
        worse[0] = Assignment.UNMATCHED;
        Certificate.Verdict verdict = result.certificate().verify(problem, Assignment.of(problem, worse));
        assertThat(verdict.optimal()).isFalse();
        assertThat(verdict.reason()).contains("differs from dual");
    }

    @Test
    void shouldRejectPotentialsThatLeaveAPairWithNegativeReducedCost() {
        Certificate original = result.certificate();
        long[] mentorPotentials = original.mentorPotentials();
        long[] lowered = original.menteePotentials();
        lowered[3] = 0;
        Certificate tampered = new Certificate(original.cardinalityWeight(), original.scoreOffset(), lowered,
                mentorPotentials, original.pairsScanned(), original.rounds(), original.candidatePairs());
        Certificate.Verdict verdict = tampered.verify(problem, result.assignment());
        assertThat(verdict.optimal()).isFalse();
        assertThat(verdict.negativeReducedCosts()).isPositive();
    }

    @Test
    void shouldRejectACardinalityWeightThatDoesNotDominateScores() {
        Certificate original = result.certificate();
        Certificate weak = new Certificate(1, original.scoreOffset(), original.menteePotentials(),
                original.mentorPotentials(), original.pairsScanned(), original.rounds(), original.candidatePairs());
        assertThat(weak.verify(problem, result.assignment()).optimal()).isFalse();
    }
}
