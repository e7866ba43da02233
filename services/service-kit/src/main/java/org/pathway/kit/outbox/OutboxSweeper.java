package org.pathway.kit.outbox;

import java.time.Duration;

import org.pathway.kit.schedule.PeriodicTask;

/** Runs {@link OutboxRelay#sweep()} with a fixed delay on its own thread, so services need no {@code @EnableScheduling}. */
class OutboxSweeper extends PeriodicTask {

    private final OutboxRelay relay;

    OutboxSweeper(OutboxRelay relay, Duration interval) {
        super("outbox-sweeper", interval);
        this.relay = relay;
    }

    @Override
    protected String runOnce() {
        int published = relay.sweep();
        return published > 0 ? "published " + published + " pending event(s)" : null;
    }
}
