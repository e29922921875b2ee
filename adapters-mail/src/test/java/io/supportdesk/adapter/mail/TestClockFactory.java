package io.supportdesk.adapter.mail;

import io.micronaut.context.annotation.Factory;
import io.micronaut.context.annotation.Requires;
import jakarta.inject.Singleton;

import java.time.Clock;

/** The clock bootstrap provides in the real application, for mail adapter tests that start a context of their own. */
@Factory
@Requires(env = "test")
class TestClockFactory {

    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
