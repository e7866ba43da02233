package org.pathway.kit.outbox;

import org.springframework.data.mongodb.core.mapping.event.AbstractMongoEventListener;
import org.springframework.data.mongodb.core.mapping.event.AfterSaveEvent;

/**
 * Publishes an aggregate's new events as soon as its document is written, in the saving thread: the caller returns
 * after Kafka acknowledged them (or after the publish timeout, leaving them to the sweep). A listener rather than
 * an explicit call, so no repository can forget it. It fires for {@code save}/{@code insert} of the entity, not for
 * {@code update*} operations: those writes are published by the sweep.
 */
class OutboxSaveListener extends AbstractMongoEventListener<OutboxAggregate> {

    private final OutboxRelay relay;

    OutboxSaveListener(OutboxRelay relay) {
        this.relay = relay;
    }

    @Override
    public void onAfterSave(AfterSaveEvent<OutboxAggregate> event) {
        OutboxAggregate aggregate = event.getSource();
        if (aggregate.pendingEvents().isEmpty() || event.getDocument() == null) {
            return;
        }
        relay.publishPending(event.getCollectionName(), event.getDocument().get("_id"), aggregate.pendingEvents(),
                aggregate::published);
    }
}
