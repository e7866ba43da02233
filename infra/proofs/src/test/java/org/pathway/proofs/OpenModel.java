package org.pathway.proofs;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * An open-model load: calls start at a fixed rate whether or not earlier ones have finished (each on its own thread),
 * so a slow system cannot slow the offered load down and hide its own latency (no coordinated omission).
 */
final class OpenModel {

    private OpenModel() {
    }

    /** Starts {@code call(i)} {@code perSecond} times a second for {@code length}; returns once every call has ended. */
    static void run(int perSecond, Duration length, IntConsumer call) {
        long total = perSecond * length.toSeconds();
        AtomicInteger issued = new AtomicInteger();
        List<Future<?>> calls = new CopyOnWriteArrayList<>();
        ExecutorService workers = Executors.newCachedThreadPool();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor();
        ticker.scheduleAtFixedRate(() -> {
            int i = issued.getAndIncrement();
            if (i < total) {
                calls.add(workers.submit(() -> call.accept(i)));
            }
        }, 0, 1_000_000_000L / perSecond, TimeUnit.NANOSECONDS);
        try {
            FaultChecks.awaitTrue(length.multipliedBy(2).plusSeconds(10), total + " calls started", () -> issued.get() >= total);
            ticker.shutdownNow();
            for (Future<?> started : calls) {
                started.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw new AssertionError("a call of the load failed", e.getCause());
        } finally {
            ticker.shutdownNow();
            workers.shutdown();
        }
    }
}
