package org.pathway.proofs;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.regex;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;

import org.bson.Document;

/** The observations every fault test makes, from outside the services: the broker, the two databases. */
final class FaultChecks {

    private FaultChecks() {
    }

    /** A fresh prefix for one run's titles, so its documents can be told apart from other runs' in the shared store. */
    static String run(String name) {
        return name + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The title of an activity's last revision: the evidence projection holds it once every event of the chain is applied. */
    static String finalTitle(String run) {
        return run + " final";
    }

    /**
     * Waits until the outbox of every portfolio activity is empty, promotion-review's group has no lag on
     * {@code portfolio.activities}, and {@code activities} evidence documents hold the run's final title.
     *
     * @return how long that took
     */
    static Duration settle(ProofPlatform platform, String run, long activities, Duration patience) {
        long begin = System.nanoTime();
        awaitTrue(patience, "the outbox drained, no lag and " + activities + " final evidence documents of " + run,
                () -> pendingOutboxes(platform, "") == 0
                        && BrokerView.lag(platform.kafka().bootstrapServers(), ProofPlatform.PROMOTION_REVIEW_GROUP,
                                ProofPlatform.ACTIVITIES) == 0
                        && platform.promotionReviewDatabase().getCollection("evidence")
                                .countDocuments(eq("title", finalTitle(run))) == activities);
        return Duration.ofNanos(System.nanoTime() - begin);
    }

    /** Portfolio activities whose title starts with {@code titlePrefix} and whose outbox still holds an event. */
    static long pendingOutboxes(ProofPlatform platform, String titlePrefix) {
        return platform.portfolioDatabase().getCollection("activities")
                .countDocuments(and(regex("title", "^" + titlePrefix), exists("outbox.0")));
    }

    /** promotion-review's processed-event markers among {@code eventIds}, one entry per marker. */
    static List<String> appliedMarkers(ProofPlatform platform, Set<String> eventIds) {
        List<String> markers = new ArrayList<>();
        for (Document marker : platform.promotionReviewDatabase().getCollection("processed_events")
                .find(eq("group", ProofPlatform.PROMOTION_REVIEW_GROUP))) {
            String eventId = marker.getString("eventId");
            if (eventIds.contains(eventId)) {
                markers.add(eventId);
            }
        }
        return markers;
    }

    /** The outcome of a run: the topic read into the ledger, compared with the consumer's markers. */
    static DeliveryLedger.Outcome outcome(ProofPlatform platform, DeliveryLedger ledger) {
        BrokerView.carriedInto(platform.kafka().bootstrapServers(), ProofPlatform.ACTIVITIES, ledger);
        return ledger.outcome(appliedMarkers(platform, ledger.carriedEventIds()));
    }

    /**
     * Records {@code count} activities (each then revised up to {@code revisions}, the last under the run's final
     * title) on {@code threads} writers, entering every acknowledged write in the ledger. Returns the futures of the
     * chains; {@code progress} is called after each acknowledged write.
     */
    static List<Future<?>> writeChains(ProofPlatform platform, String run, List<String> tokens, int count, int revisions,
            int threads, DeliveryLedger ledger, Runnable progress) {
        Activities portfolio = platform.portfolio();
        ExecutorService writers = Executors.newFixedThreadPool(threads);
        List<Future<?>> chains = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String token = tokens.get(i % tokens.size());
            String title = run + " activity " + i;
            chains.add(writers.submit(() -> {
                String id = portfolio.record(token, revisions == 1 ? finalTitle(run) : title + " r1");
                ledger.written(id, 1);
                progress.run();
                for (int revision = 2; revision <= revisions; revision++) {
                    portfolio.revise(token, id, revision == revisions ? finalTitle(run) : title + " r" + revision);
                    ledger.written(id, revision);
                    progress.run();
                }
            }));
        }
        writers.shutdown();
        return chains;
    }

    static void awaitAll(List<Future<?>> chains) {
        for (Future<?> chain : chains) {
            try {
                chain.get();
            } catch (Exception e) {
                throw new AssertionError("a write was not acknowledged", e);
            }
        }
    }

    static void awaitTrue(Duration patience, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + patience.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within " + patience.toSeconds() + " s: " + what);
            }
            sleep(Duration.ofMillis(250));
        }
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String seconds(Duration duration) {
        return String.format(java.util.Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }
}
