package io.supportdesk.adapter.persistence.testing;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import io.micronaut.context.annotation.Secondary;
import jakarta.inject.Singleton;

import java.time.Clock;

/**
 * The clock bootstrap provides in the real application, for adapter tests that start a context of their own. It is
 * {@code @Secondary} because this test-jar is also on bootstrap's test classpath, where the real one must win.
 */
@Factory
@Requires(env = "test")
class TestClockFactory {

    @Singleton
    @Secondary
    Clock clock() {
        return Clock.systemUTC();
    }
}
