package org.pathway.notification.recipient;

import java.time.Instant;

import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A person the platform can reach, as portfolio last announced them ({@code ProfileUpdated}). One document per
 * institution and user: the same subject in two institutions is two recipients.
 */
@Document("recipients")
public record Recipient(@Id String id, String tenant, String userId, String name, String email, int revision,
        Instant updatedAt) {

    public static String key(String tenant, String userId) {
        return tenant + "/" + userId;
    }

    public static Recipient of(String tenant, String userId, String name, String email, int revision, Instant updatedAt) {
        return new Recipient(key(tenant, userId), tenant, userId, name, email, revision, updatedAt);
    }

    public boolean reachableByEmail() {
        return email != null && !email.isBlank();
    }
}
