package org.pathway.kit.schedule;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

/**
 * A pass that runs every {@code interval} on a daemon thread of its own while the application runs: outbox sweeps,
 * expiry sweeps, due-date announcements. State lives in the documents, never here, so every replica may run the task
 * and a restarted one simply carries on. A failing pass (Mongo or Kafka away) is logged and the next one tries again:
 * the schedule never dies.
 */
public abstract class PeriodicTask implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(PeriodicTask.class);

    private final String name;
    private final Duration interval;
    private final boolean enabled;
    private ScheduledExecutorService executor;

    protected PeriodicTask(String name, Duration interval) {
        this(name, interval, true);
    }

    /** @param enabled false keeps the task from ever starting (e.g. a replica configured not to sweep) */
    protected PeriodicTask(String name, Duration interval, boolean enabled) {
        this.name = name;
        this.interval = interval;
        this.enabled = enabled;
    }

    /** One pass. Returns what it did in a few words for the log, or {@code null} when there was nothing to do. */
    protected abstract String runOnce();

    @Override
    public synchronized void start() {
        if (!enabled || executor != null) {
            return;
        }
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        });
        long millis = interval.toMillis();
        executor.scheduleWithFixedDelay(this::runQuietly, millis, millis, TimeUnit.MILLISECONDS);
    }

    private void runQuietly() {
        try {
            String done = runOnce();
            if (done != null) {
                log.info("{}: {}", name, done);
            }
        } catch (RuntimeException e) {
            log.warn("{} failed, next try in {}: {}", name, interval, e.toString());
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
