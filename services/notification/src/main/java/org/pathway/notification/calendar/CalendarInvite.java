package org.pathway.notification.calendar;

import java.time.Instant;
import java.util.List;

/**
 * An iTIP (RFC 5546) scheduling message about one event: a {@code REQUEST} invites or updates, a {@code CANCEL}
 * withdraws it. A later message about the same {@code uid} must carry a higher {@code sequence} so calendar clients
 * apply it over the earlier one. Parties are Pathway users (the email is looked up when the invite is sent) or
 * plain addresses.
 */
public record CalendarInvite(Method method, String uid, int sequence, String summary, String description, String url,
        Instant start, Instant end, Party organizer, List<Party> attendees) {

    public enum Method {
        REQUEST, CANCEL
    }

    /** @param userId a Pathway user in the event's institution, or null for an outside address in {@code email} */
    public record Party(String userId, String email, String name) {

        public static Party user(String userId) {
            return new Party(userId, null, null);
        }

        public Party withAddress(String resolvedEmail, String resolvedName) {
            return new Party(userId, resolvedEmail, name != null ? name : resolvedName);
        }
    }

    public CalendarInvite {
        attendees = List.copyOf(attendees);
    }
}
