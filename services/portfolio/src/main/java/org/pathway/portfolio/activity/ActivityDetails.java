package org.pathway.portfolio.activity;

import java.util.LinkedHashMap;
import java.util.Map;

/** The one typed detail an activity carries: exactly the one matching its kind, the others absent. */
record ActivityDetails(
        TeachingDetails teaching,
        CurriculumDetails curriculum,
        ScholarshipDetails scholarship,
        LeadershipDetails leadership,
        AwardDetails award,
        MentoringDetails mentoring) {

    static ActivityDetails of(ActivityContent content) {
        return new ActivityDetails(content.teaching(), content.curriculum(), content.scholarship(), content.leadership(),
                content.award(), content.mentoring());
    }

    /** Field name to message for each detail that is missing for {@code kind} or present for another kind. */
    Map<String, String> mismatches(ActivityKind kind) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (kind == null) {
            return problems;
        }
        check(problems, kind, ActivityKind.TEACHING, "teaching", teaching);
        check(problems, kind, ActivityKind.CURRICULUM, "curriculum", curriculum);
        check(problems, kind, ActivityKind.SCHOLARSHIP, "scholarship", scholarship);
        check(problems, kind, ActivityKind.LEADERSHIP, "leadership", leadership);
        check(problems, kind, ActivityKind.AWARD, "award", award);
        check(problems, kind, ActivityKind.MENTORING, "mentoring", mentoring);
        return problems;
    }

    private static void check(Map<String, String> problems, ActivityKind kind, ActivityKind owner, String field,
            Object detail) {
        if (kind == owner && detail == null) {
            problems.put(field, "is required for kind " + owner);
        } else if (kind != owner && detail != null) {
            problems.put(field, "is only allowed for kind " + owner + ", not " + kind);
        }
    }
}
