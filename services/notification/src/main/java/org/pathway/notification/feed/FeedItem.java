package org.pathway.notification.feed;

import java.time.Instant;

import org.pathway.notification.preference.Category;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** One entry of a person's in-app feed; its id is the delivery's, so a delivery adds it at most once. */
@Document("feed")
record FeedItem(@Id String id, String tenant, String userId, Category category, String eventType, String title,
        String summary, String link, Instant createdAt, Instant readAt) {
}
