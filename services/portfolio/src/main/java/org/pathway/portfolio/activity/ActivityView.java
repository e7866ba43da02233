package org.pathway.portfolio.activity;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

public record ActivityView(String id, ActivityKind kind, String title, LocalDate occurredOn, LocalDate endedOn,
        Instant recordedAt, int revision, Instant revisedAt, TeachingDetails teaching, CurriculumDetails curriculum,
        ScholarshipDetails scholarship, LeadershipDetails leadership, AwardDetails award, MentoringDetails mentoring) {

    static ActivityView of(Activity activity) {
        ActivityDetails details = activity.details();
        return new ActivityView(activity.id(), activity.kind(), activity.title(), activity.occurredOn(),
                activity.endedOn(), activity.recordedAt(), activity.revision(), activity.revisedAt(), details.teaching(),
                details.curriculum(), details.scholarship(), details.leadership(), details.award(), details.mentoring());
    }

    /** One earlier revision as the owner sees it in the history. */
    public record RevisionView(int revision, String title, LocalDate occurredOn, LocalDate endedOn, Instant since,
            Instant until, TeachingDetails teaching, CurriculumDetails curriculum, ScholarshipDetails scholarship,
            LeadershipDetails leadership, AwardDetails award, MentoringDetails mentoring) {

        static List<RevisionView> of(Activity activity) {
            return activity.history().stream().map(r -> new RevisionView(r.revision(), r.title(), r.occurredOn(),
                    r.endedOn(), r.since(), r.until(), r.details().teaching(), r.details().curriculum(),
                    r.details().scholarship(), r.details().leadership(), r.details().award(), r.details().mentoring()))
                    .toList();
        }
    }
}
