package org.pathway.portfolio.activity;

import java.time.Instant;
import java.time.LocalDate;

/**
 * The integration events on {@code portfolio.activities} (contracts: events/portfolio/Activity*.v1.schema.json).
 * Kept apart from the stored shape so that a change to the document never silently changes a contract. Learners'
 * comments stay in the portfolio: consumers get how many there are, not what they say.
 */
final class ActivityEvents {

    static final String TOPIC = "portfolio.activities";
    static final String RECORDED = "org.pathway.portfolio.ActivityRecorded.v1";
    static final String REVISED = "org.pathway.portfolio.ActivityRevised.v1";
    static final String REMOVED = "org.pathway.portfolio.ActivityRemoved.v1";

    private ActivityEvents() {
    }

    record ActivityRecorded(String activityId, String facultyId, ActivityKind kind, String title, LocalDate occurredOn,
            LocalDate endedOn, Instant recordedAt, TeachingFacts teaching, CurriculumDetails curriculum,
            ScholarshipDetails scholarship, LeadershipDetails leadership, AwardDetails award, MentoringDetails mentoring) {
    }

    record ActivityRevised(String activityId, String facultyId, ActivityKind kind, String title, LocalDate occurredOn,
            LocalDate endedOn, int revision, Instant revisedAt, TeachingFacts teaching, CurriculumDetails curriculum,
            ScholarshipDetails scholarship, LeadershipDetails leadership, AwardDetails award, MentoringDetails mentoring) {
    }

    record ActivityRemoved(String activityId, String facultyId, ActivityKind kind, Instant removedAt) {
    }

    /** Teaching as it leaves the service: the numbers, without the learners' words. */
    record TeachingFacts(Double hours, LearnerLevel learnerLevel, Integer learnerCount, Evaluation evaluation,
            BeforeAfter beforeAfter, int commentCount) {

        static TeachingFacts of(TeachingDetails teaching) {
            return teaching == null ? null : new TeachingFacts(teaching.hours(), teaching.learnerLevel(),
                    teaching.learnerCount(), teaching.evaluation(), teaching.beforeAfter(), teaching.comments().size());
        }
    }
}
