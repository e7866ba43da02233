package org.pathway.kit.outbox;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/** Runs {@link OutboxRelay#sweep()} with a fixed delay on its own thread, so services need no {@code @EnableScheduling}. */
class OutboxSweeper implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(OutboxSweeper.class);

    private final OutboxRelay relay;
    private final long intervalMillis;
    private ScheduledExecutorService executor;

    OutboxSweeper(OutboxRelay relay, java.time.Duration interval) {
        this.relay = relay;
        this.intervalMillis = interval.toMillis();
    }

    @Override
    public synchronized void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "outbox-sweeper");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::sweepQuietly, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    }

    private void sweepQuietly() {
        try {
            int published = relay.sweep();
            if (published > 0) {
                log.info("Outbox sweep published {} pending event(s)", published);
            }
        } catch (RuntimeException e) {
            // Mongo or Kafka unavailable: the next sweep tries again, the scheduler must not die.
            log.warn("Outbox sweep failed: {}", e.getMessage());
        }
    }

    @Override
    public synchronized void stop() {
        if (executor != null) {
            executor.shutdownNow();
            executor = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return executor != null;
    }
}
