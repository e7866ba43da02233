package org.pathway.notification.delivery;

/**
 * Who a notice is for: a Pathway user of the event's institution (reached by email and the in-app feed), or someone
 * who is not a user (an external letter writer), reached by email at the address the event carries.
 */
public record Addressee(String userId, String email, String name) {

    public static Addressee user(String userId) {
        return new Addressee(userId, null, null);
    }

    public static Addressee external(String email, String name) {
        return new Addressee(null, email, name);
    }

    public boolean isUser() {
        return userId != null;
    }

    /** Part of the delivery key: unique within an event. */
    String key() {
        return isUser() ? "user:" + userId : "email:" + email.toLowerCase(java.util.Locale.ROOT);
    }
}
