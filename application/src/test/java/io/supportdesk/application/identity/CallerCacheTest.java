package io.supportdesk.application.identity;

import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CallerCacheTest {

    private static final UserId USER = new UserId(7);
    private static final Optional<Actor> AGENT = Optional.of(new Actor(USER, Role.AGENT));

    private final TestClock clock = TestClock.at("2026-03-02T09:00:00Z");
    private final CallerCache cache = new CallerCache(clock, Duration.ofSeconds(5), 2);
    private final AtomicInteger loads = new AtomicInteger();

    private Optional<Actor> lookUp() {
        return cache.get(USER, () -> {
            loads.incrementAndGet();
            return AGENT;
        });
    }

    @Test
    void a_caller_is_read_once_until_forgotten_or_too_old() {
        lookUp();
        lookUp();
        assertEquals(1, loads.get());

        cache.forget(USER);
        lookUp();
        assertEquals(2, loads.get());

        clock.advance(Duration.ofSeconds(5));
        lookUp();
        assertEquals(3, loads.get(), "the age limit is a safety net for a missed announcement");
        cache.forgetAll();
        lookUp();
        assertEquals(4, loads.get());
    }

    @Test
    void what_was_read_before_a_change_was_announced_is_not_remembered() {
        // The change commits and is announced while the old state is being read: keeping it would undo the forget.
        cache.get(USER, () -> {
            cache.forget(USER);
            return AGENT;
        });

        lookUp();
        assertEquals(1, loads.get());
    }

    @Test
    void it_never_holds_more_than_its_capacity() {
        for (long id = 1; id <= 3; id++) {
            cache.get(new UserId(id), Optional::empty);
        }
        lookUp();
        lookUp();
        assertEquals(1, loads.get());
    }
}
