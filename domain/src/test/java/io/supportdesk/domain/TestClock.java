package io.supportdesk.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Objects;

/**
 * A clock tests move by hand, so time-dependent rules are tested without waiting or flakiness. Shared with the
 * application and adapter tests through the domain test-jar; safe to read while a test thread moves it.
 */
public final class TestClock extends Clock {

    private volatile Instant now;

    public TestClock(Instant start) {
        this.now = Objects.requireNonNull(start);
    }

    public static TestClock at(String isoInstant) {
        return new TestClock(Instant.parse(isoInstant));
    }

    public synchronized TestClock advance(Duration duration) {
        now = now.plus(duration);
        return this;
    }

    public synchronized TestClock set(Instant instant) {
        now = Objects.requireNonNull(instant);
        return this;
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
        // Tests only ever read instants; a zone would not change them.
        return this;
    }
}
