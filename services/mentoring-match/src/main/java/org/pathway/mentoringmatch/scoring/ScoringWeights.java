package org.pathway.mentoringmatch.scoring;

import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Points each compatibility factor can contribute (property {@code pathway.mentoring.weights.*}). Integers, because the
 * bulk round's solver works on integer scores. These are the platform defaults; an institution's admins may set their
 * own (settings), which replace this record, never the scorer.
 *
 * @param perSharedNiche    per niche tag mentee and mentor share
 * @param nicheCap          at most this much from niche overlap
 * @param targetRole        the mentor holds a role the mentee is aiming for
 * @param careerStageAhead  the mentor is one or two ranks ahead of the mentee
 * @param careerStageFar    the mentor is three or more ranks ahead
 * @param sameInstitution   same institution (knows the local criteria and people)
 * @param externalPresence  an external mentor for a mentee building national presence
 * @param kindAccepted      the mentor accepts the kind of request
 * @param availability      the mentor stated a window that fits a conversation within the horizon
 * @param scholarshipGap    the mentee's readiness shows a scholarship gap and the mentor is an education scholar
 */
public record ScoringWeights(
        @DefaultValue("12") int perSharedNiche,
        @DefaultValue("36") int nicheCap,
        @DefaultValue("30") int targetRole,
        @DefaultValue("15") int careerStageAhead,
        @DefaultValue("8") int careerStageFar,
        @DefaultValue("6") int sameInstitution,
        @DefaultValue("10") int externalPresence,
        @DefaultValue("5") int kindAccepted,
        @DefaultValue("8") int availability,
        @DefaultValue("12") int scholarshipGap) {

    public static final ScoringWeights DEFAULT = new ScoringWeights(12, 36, 30, 15, 8, 6, 10, 5, 8, 12);

    public ScoringWeights {
        for (int weight : new int[] {perSharedNiche, nicheCap, targetRole, careerStageAhead, careerStageFar,
                sameInstitution, externalPresence, kindAccepted, availability, scholarshipGap}) {
            if (weight < 0 || weight > 10_000) {
                throw new IllegalArgumentException("scoring weights must be between 0 and 10000, got " + weight);
            }
        }
    }
}
