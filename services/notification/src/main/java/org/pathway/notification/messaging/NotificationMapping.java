package org.pathway.notification.messaging;

import java.util.List;

import org.pathway.kit.events.EventEnvelope;
import org.pathway.notification.delivery.Notice;

/**
 * What one event type means for the people it concerns. A new message type is one implementation (a Spring bean with
 * its own tolerant payload record, usually a {@link TypedMapping}) plus one template; the binding
 * {@code notificationEvents-in-0} lists its topic.
 *
 * @param <T> the consumer's tolerant record of the payload: only the fields the message needs
 */
interface NotificationMapping<T> {

    /** The CloudEvents type, e.g. {@code org.pathway.mentoring.MatchProposed.v1}. */
    String eventType();

    Class<T> payloadType();

    List<Notice> notices(EventEnvelope event, T payload);
}
