package org.pathway.notification.delivery;

/**
 * Who a notice is for: a Pathway user (reached by email and the in-app feed), or someone who is not a user (an external
 * letter writer), reached by email at the address the event carries.
 *
 * @param institution the user's institution when it is not the event's tenant (a mentor of another institution in a match
 *                    both sides opted in to); null means the event's tenant. Their feed, preferences and address are
 *                    looked up there, so nothing of theirs is filed under the other institution.
 * @param email       for a user, the address the event itself named, used only when the recipients projection knows none
 */
public record Addressee(String userId, String email, String name, String institution) {

    public static Addressee user(String userId) {
        return new Addressee(userId, null, null, null);
    }

    public static Addressee userAt(String institution, String userId) {
        return new Addressee(userId, null, null, institution);
    }

    public static Addressee external(String email, String name) {
        return new Addressee(null, email, name, null);
    }

    public Addressee withAddress(String knownEmail, String knownName) {
        return new Addressee(userId, knownEmail, knownName, institution);
    }

    public boolean isUser() {
        return userId != null;
    }

    /** The institution whose records hold this person: their own when set, otherwise the event's. */
    String institutionOr(String eventTenant) {
        return institution == null || institution.isBlank() ? eventTenant : institution;
    }

    /** Part of the delivery key: unique within an event. */
    String key() {
        return isUser() ? "user:" + userId : "email:" + email.toLowerCase(java.util.Locale.ROOT);
    }
}
