package io.supportdesk.bootstrap.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * Replaces the application's clock with one the test moves by hand, for contexts started with
 * {@code supportdesk.test.clock=mutable}: token expiry and lockout windows pass without waiting.
 */
@Factory
@Requires(property = "supportdesk.test.clock", value = "mutable")
public class MutableClockFactory {

    @Singleton
    @Replaces(Clock.class)
    MutableClock clock() {
        return new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    }

    /** A clock that stands still until moved. */
    public static final class MutableClock extends Clock {

        private volatile Instant now;

        MutableClock(Instant start) {
            this.now = start;
        }

        /** For a scenario that happens at a given moment (a Friday afternoon in Berlin). */
        public void setTo(Instant instant) {
            now = instant;
        }

        public void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
