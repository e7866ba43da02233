package org.pathway.promotionreview.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.pathway.promotionreview.evidence.Evidence;
import org.pathway.promotionreview.readiness.ReadinessReport;

/**
 * What a dossier was judged on, frozen at submission: the candidate's evidence as the projection held it, the criteria
 * version in force and the readiness report it gave. Later portfolio events change the projection, never this.
 */
record Snapshot(int criteriaVersion, Instant frozenAt, List<Item> evidence, ReadinessReport readiness) {

    Snapshot {
        evidence = List.copyOf(evidence);
    }

    /** One frozen piece of evidence, with its kind's typed facts as the portfolio published them. */
    record Item(String activityId, String kind, String title, LocalDate occurredOn, LocalDate endedOn,
            Map<String, Object> details) {

        static Item of(Evidence evidence) {
            return new Item(evidence.activityId(), evidence.kind(), evidence.title(), evidence.occurredOn(),
                    evidence.endedOn(), evidence.details() == null ? Map.of() : evidence.details());
        }

        /** The author list of a publication; empty for other kinds or when the portfolio sent none. */
        List<String> authors() {
            if (!"SCHOLARSHIP".equals(kind) || !(details.get("authors") instanceof Collection<?> authors)) {
                return List.of();
            }
            return authors.stream().filter(String.class::isInstance).map(String.class::cast).toList();
        }
    }
}
