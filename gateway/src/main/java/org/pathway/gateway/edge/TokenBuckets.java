package org.pathway.gateway.edge;

import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

import org.pathway.gateway.PathwayGatewayProperties.Bucket;

/**
 * In-memory token buckets, one per key. Good for one gateway instance; several instances each enforce the limit on
 * their own share of the traffic (a shared store such as Redis would make it exact, and none exists here).
 */
final class TokenBuckets {

    /** Above this many keys, buckets that have refilled completely (idle callers) are dropped. */
    private static final int SWEEP_ABOVE = 10_000;

    private final Bucket limit;
    private final LongSupplier nanoClock;
    private final ConcurrentMap<String, State> buckets = new ConcurrentHashMap<>();

    TokenBuckets(Bucket limit, LongSupplier nanoClock) {
        this.limit = limit;
        this.nanoClock = nanoClock;
    }

    /** Takes one token for {@code key}; when none is left, says how long until one is. */
    Decision tryTake(String key) {
        if (buckets.size() > SWEEP_ABOVE) {
            sweep();
        }
        State state = buckets.computeIfAbsent(key, k -> new State(limit.capacity(), nanoClock.getAsLong()));
        synchronized (state) {
            state.refill(nanoClock.getAsLong(), limit);
            if (state.tokens >= 1) {
                state.tokens -= 1;
                return Decision.ALLOWED;
            }
            double secondsUntilOne = (1 - state.tokens) / limit.refillPerSecond();
            return new Decision(false, Duration.ofMillis((long) Math.ceil(secondsUntilOne * 1000)));
        }
    }

    /** Gives back a token taken by {@link #tryTake}, when another limit refused the same request. */
    void giveBack(String key) {
        State state = buckets.get(key);
        if (state != null) {
            synchronized (state) {
                state.tokens = Math.min(limit.capacity(), state.tokens + 1);
            }
        }
    }

    private void sweep() {
        long now = nanoClock.getAsLong();
        buckets.entrySet().removeIf(entry -> {
            synchronized (entry.getValue()) {
                entry.getValue().refill(now, limit);
                return entry.getValue().tokens >= limit.capacity();
            }
        });
    }

    record Decision(boolean allowed, Duration retryAfter) {
        static final Decision ALLOWED = new Decision(true, Duration.ZERO);
    }

    private static final class State {
        double tokens;
        long lastRefillNanos;

        State(double tokens, long now) {
            this.tokens = tokens;
            this.lastRefillNanos = now;
        }

        void refill(long now, Bucket limit) {
            double elapsedSeconds = (now - lastRefillNanos) / 1e9;
            if (elapsedSeconds > 0) {
                tokens = Math.min(limit.capacity(), tokens + elapsedSeconds * limit.refillPerSecond());
                lastRefillNanos = now;
            }
        }
    }
}
