package org.pathway.mentoringmatch.match;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.pathway.mentoringmatch.config.MentoringProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Runs {@link MatchLifecycle#sweep()} every {@code pathway.mentoring.expiry-sweep-interval} on a thread of its own.
 * Nothing is kept in memory between runs: deadlines and states are in the documents, so a restarted replica simply
 * carries on, and two replicas sweeping at once only race on optimistic locks and conditional updates.
 */
@Component
class ExpirySweep implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(ExpirySweep.class);

    private final MatchLifecycle lifecycle;
    private final MentoringProperties properties;
    private ScheduledExecutorService executor;

    ExpirySweep(MatchLifecycle lifecycle, MentoringProperties properties) {
        this.lifecycle = lifecycle;
        this.properties = properties;
    }

    @Override
    public synchronized void start() {
        long interval = properties.expirySweepInterval().toMillis();
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "mentoring-expiry-sweep");
            thread.setDaemon(true);
            return thread;
        });
        executor.scheduleWithFixedDelay(this::runOnce, interval, interval, TimeUnit.MILLISECONDS);
    }

    private void runOnce() {
        try {
            int expired = lifecycle.sweep();
            if (expired > 0) {
                log.info("Expired {} overdue proposals", expired);
            }
        } catch (RuntimeException e) {
            // The next run retries: every step is idempotent.
            log.warn("Expiry sweep failed", e);
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
