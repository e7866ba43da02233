package org.pathway.promotionreview.evidence;

import java.time.Instant;
import java.time.LocalDate;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.index.CompoundIndex;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * promotion-review's own copy of one portfolio activity, kept from {@code portfolio.activities} events so readiness
 * never calls the portfolio synchronously. The id is the portfolio's activity id, which makes every apply an upsert.
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
        Instant recordedAt,
        String lastEventId) {
}
