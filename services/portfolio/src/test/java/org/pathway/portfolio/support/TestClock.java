package org.pathway.portfolio.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The service's clock in tests: real time moved by an offset the test sets, so time still flows (leases, sweeps) while
 * a test jumps to the day a milestone falls due. Replaces the kit's {@code Clock} bean, which backs off when one exists.
 */
public final class TestClock extends Clock {

    private volatile Duration offset = Duration.ZERO;

    /** Import into a {@code @SpringBootTest} to give the application this clock. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Config {

        @Bean
        TestClock testClock() {
            return new TestClock();
        }
    }

    /** From now on, the service's "now" is {@code instant} (then moving on with real time). */
    public void jumpTo(Instant instant) {
        offset = Duration.between(Instant.now(), instant);
    }

    public void reset() {
        offset = Duration.ZERO;
    }

    @Override
    public Instant instant() {
        return Instant.now().plus(offset);
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        throw new UnsupportedOperationException("the service's clock is UTC");
    }
}
