package org.pathway.kit.outbox;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.pathway.kit.events.OutboxEvent;

/**
 * Base class of every aggregate that publishes integration events. The aggregate records events in its own
 * {@code outbox} array, so the state change and the events are one single-document write: atomic on every MongoDB,
 * no transaction needed. {@link OutboxRelay} publishes them right after the save and removes each one once Kafka has
 * acknowledged it; a periodic sweep catches whatever a crash left behind.
 */
public abstract class OutboxAggregate {

    /** The document field holding unpublished events. */
    public static final String OUTBOX_FIELD = "outbox";

    private List<OutboxEvent> outbox = new ArrayList<>();

    /** Call from an intention-revealing state change, before the aggregate is saved. */
    protected final void record(OutboxEvent event) {
        Objects.requireNonNull(event, "event");
        if (outbox == null) {
            outbox = new ArrayList<>();
        }
        outbox.add(event);
    }

    /** Events recorded and not yet acknowledged by Kafka, oldest first. */
    public final List<OutboxEvent> pendingEvents() {
        return outbox == null ? List.of() : List.copyOf(outbox);
    }

    /** Drops a published event from this in-memory copy, so a later save of the same object does not resurrect it. */
    final void published(String eventId) {
        if (outbox != null) {
            List<OutboxEvent> remaining = new ArrayList<>(outbox);
            remaining.removeIf(event -> event.id().equals(eventId));
            outbox = remaining;
        }
    }
}
