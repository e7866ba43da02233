package org.pathway.promotionreview.assessment;

import java.time.Clock;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.pathway.promotionreview.criteria.versions.CriteriaPublished;
import org.pathway.promotionreview.criteria.versions.CriteriaStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Reassesses a whole criteria line after a new version, off the admin's request (a line can hold thousands of
 * candidates). One thread, so lines are reassessed one after another in publication order. A version is marked done
 * only when its whole line was reassessed; a sweep takes over versions a stopped service left unmarked, so a crash
 * delays the reassessment but never loses it.
 */
@Component
@EnableConfigurationProperties(ReadinessProperties.class)
class CriteriaRecomputer implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(CriteriaRecomputer.class);

    private final Assessments assessments;
    private final CriteriaStore store;
    private final ReadinessProperties properties;
    private final Clock clock;
    private final Timer recomputeTime;
    private volatile ScheduledExecutorService executor;

    CriteriaRecomputer(Assessments assessments, CriteriaStore store, ReadinessProperties properties, Clock clock,
            MeterRegistry meters) {
        this.assessments = assessments;
        this.store = store;
        this.properties = properties;
        this.clock = clock;
        this.recomputeTime = Timer.builder("pathway.readiness.recompute")
                .description("Reassessing every candidate of a criteria line after a new version was published")
                .publishPercentileHistogram().register(meters);
    }

    @EventListener
    void on(CriteriaPublished published) {
        ScheduledExecutorService running = executor;
        if (running != null) {
            running.execute(() -> reassess(published));
        }
        // Not running (shutting down): the version stays unmarked and the next start's sweep reassesses the line.
    }

    private void sweep() {
        try {
            store.awaitingRecompute(clock.instant().minus(properties.recomputeGrace())).forEach(this::reassess);
        } catch (RuntimeException e) {
            log.warn("Criteria recompute sweep failed; next sweep retries", e);
        }
    }

    private void reassess(CriteriaPublished published) {
        try {
            recomputeTime.record(() -> assessments.reassessLine(published));
            store.markRecomputed(published);
        } catch (RuntimeException e) {
            log.warn("Reassessing {} failed; the sweep retries", published, e);
        }
    }

    @Override
    public void start() {
        executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
            Thread thread = new Thread(runnable, "readiness-recompute");
            thread.setDaemon(true);
            return thread;
        });
        long interval = properties.recomputeSweep().toMillis();
        executor.scheduleWithFixedDelay(this::sweep, interval, interval, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        ScheduledExecutorService running = executor;
        executor = null;
        if (running != null) {
            running.shutdownNow();
            try {
                running.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return executor != null;
    }
}
