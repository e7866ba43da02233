package org.pathway.mentoringmatch.settings;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.pathway.mentoringmatch.scoring.ScoringWeights;

/**
 * What an institution admin sets for their institution; a field left out (or null) follows the platform default. The
 * upper bounds come from {@code pathway.mentoring.limits} and are checked by {@link Settings}.
 *
 * @param proposalDeadline  ISO-8601 duration, e.g. {@code P2D} or {@code PT36H}
 */
record SettingsRequest(Duration proposalDeadline, @Min(1) Integer openRequestCap, @Valid Weights weights) {

    /** Every factor's points, all required when weights are given (field names as in the GET answer). */
    record Weights(
            @NotNull @PositiveOrZero Integer perSharedNiche,
            @NotNull @PositiveOrZero Integer nicheCap,
            @NotNull @PositiveOrZero Integer targetRole,
            @NotNull @PositiveOrZero Integer careerStageAhead,
            @NotNull @PositiveOrZero Integer careerStageFar,
            @NotNull @PositiveOrZero Integer sameInstitution,
            @NotNull @PositiveOrZero Integer externalPresence,
            @NotNull @PositiveOrZero Integer kindAccepted,
            @NotNull @PositiveOrZero Integer availability,
            @NotNull @PositiveOrZero Integer scholarshipGap) {

        /** Each factor's points by its JSON name, in declaration order (so problems name {@code weights.<factor>}). */
        Map<String, Integer> points() {
            Map<String, Integer> points = new LinkedHashMap<>();
            for (RecordComponent factor : Weights.class.getRecordComponents()) {
                try {
                    points.put(factor.getName(), (Integer) factor.getAccessor().invoke(this));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException("a record accessor is always callable", e);
                }
            }
            return points;
        }

        ScoringWeights toScoringWeights() {
            return new ScoringWeights(perSharedNiche, nicheCap, targetRole, careerStageAhead, careerStageFar,
                    sameInstitution, externalPresence, kindAccepted, availability, scholarshipGap);
        }
    }
}
