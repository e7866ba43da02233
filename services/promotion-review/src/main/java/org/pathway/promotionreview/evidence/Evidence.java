package org.pathway.promotionreview.evidence;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * promotion-review's own copy of one portfolio activity, kept from {@code portfolio.activities} events so readiness
 * never calls the portfolio synchronously. The id is the portfolio's activity id, which makes every apply an upsert.
 *
 * @param details  the kind's typed facts as the portfolio published them (e.g. teaching hours, authorship, venue level)
 * @param revision the portfolio's revision of the activity (1 when recorded); an older revision never overwrites a newer
 */
@Document("evidence")
@CompoundIndex(name = "tenant_faculty", def = "{'tenant': 1, 'facultyId': 1, 'occurredOn': -1}")
public record Evidence(
        @Id String activityId,
        String tenant,
        String facultyId,
        String kind,
        String title,
        LocalDate occurredOn,
        LocalDate endedOn,
        Map<String, Object> details,
        int revision,
        Instant recordedAt,
        Instant revisedAt,
        String lastEventId) {
}
