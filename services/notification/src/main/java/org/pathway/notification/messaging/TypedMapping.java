package org.pathway.notification.messaging;

/**
 * The part every mapping shares: the one event type it answers and the tolerant record its payload is read into.
 * Subclasses only say what the event means for whom.
 */
abstract class TypedMapping<T> implements NotificationMapping<T> {

    private final String eventType;
    private final Class<T> payloadType;

    TypedMapping(String eventType, Class<T> payloadType) {
        this.eventType = eventType;
        this.payloadType = payloadType;
    }

    @Override
    public String eventType() {
        return eventType;
    }

    @Override
    public Class<T> payloadType() {
        return payloadType;
    }
}
