package org.pathway.portfolio.activity;

import java.time.Instant;
import java.time.LocalDate;

record ActivityView(String id, ActivityKind kind, String title, LocalDate occurredOn, LocalDate endedOn, Instant recordedAt) {

    static ActivityView of(Activity activity) {
        return new ActivityView(activity.id(), activity.kind(), activity.title(), activity.occurredOn(), activity.endedOn(),
                activity.recordedAt());
    }
}
