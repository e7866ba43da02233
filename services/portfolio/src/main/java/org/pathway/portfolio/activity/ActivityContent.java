package org.pathway.portfolio.activity;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/** What a client states about an activity, when recording it and when revising it. */
interface ActivityContent {

    String title();

    LocalDate occurredOn();

    LocalDate endedOn();

    TeachingDetails teaching();

    CurriculumDetails curriculum();

    ScholarshipDetails scholarship();

    LeadershipDetails leadership();

    AwardDetails award();

    MentoringDetails mentoring();

    /** Dates in order, and the typed detail matching {@code kind}. */
    static Map<String, String> inconsistencies(ActivityKind kind, ActivityContent content) {
        Map<String, String> problems = new LinkedHashMap<>();
        if (content.endedOn() != null && content.occurredOn() != null && content.endedOn().isBefore(content.occurredOn())) {
            problems.put("endedOn", "must not be before occurredOn");
        }
        problems.putAll(ActivityDetails.of(content).mismatches(kind));
        return problems;
    }
}
