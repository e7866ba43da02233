package org.pathway.notification.delivery;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.pathway.notification.calendar.CalendarInvite;
import org.pathway.notification.preference.Category;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One notification to one recipient over one channel, written before it is sent. Its id is derived from the triple
 * (event id, recipient, channel), which also has a unique index, so a redelivered event finds it instead of sending again.
 * The content is rendered when sent, from the template and model kept here, so a recipient's current name and address
 * are used and a retry after a restart needs nothing else. A confidential delivery is never listed to admins.
 */
@Document("deliveries")
public record Delivery(@Id String id, String tenant, String eventId, String eventType, String recipient, String userId,
        String externalEmail, String externalName, Channel channel, Category category, String template,
        Map<String, Object> model, CalendarInvite invite, List<String> digestOf, DeliveryStatus status, int attempts,
        Instant nextAttemptAt, Instant claimedUntil, String lastError, String digestId, Instant createdAt, Instant sentAt,
        boolean confidential) {

    /** Deterministic and URL-safe (it appears in feed paths), whatever characters an event id holds. */
    static String idOf(String eventId, String recipientKey, Channel channel) {
        return UUID.nameUUIDFromBytes((eventId + "\n" + recipientKey + "\n" + channel).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    static Delivery create(String tenant, String eventId, String eventType, Addressee to, Channel channel, Category category,
            String template, Map<String, Object> model, CalendarInvite invite, List<String> digestOf, DeliveryStatus status,
            Instant now, boolean confidential) {
        return new Delivery(idOf(eventId, to.key(), channel), tenant, eventId, eventType, to.key(), to.userId(), to.email(),
                to.name(), channel, category, template, model, invite, digestOf, status, 0, now, Instant.EPOCH, null, null,
                now, null, confidential);
    }

    public String link() {
        Object link = model.get("link");
        return link == null ? null : link.toString();
    }
}
