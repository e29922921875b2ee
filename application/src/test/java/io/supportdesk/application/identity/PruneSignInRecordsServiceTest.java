package io.supportdesk.application.identity;

import io.supportdesk.domain.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class PruneSignInRecordsServiceTest {

    @Test
    void failures_older_than_the_throttle_window_are_forgotten_and_recent_ones_kept() {
        TestClock clock = TestClock.at("2026-02-01T10:00:00Z");
        InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
        attempts.recordFailure("a@example.com", "10.0.0.1", Instant.parse("2026-02-01T09:00:00Z"));
        attempts.recordFailure("a@example.com", "10.0.0.1", Instant.parse("2026-02-01T09:55:00Z"));
        PruneSignInRecordsService prune = new PruneSignInRecordsService(attempts, new InMemoryRefreshTokenStore(),
                new InMemorySocketTickets(), LoginThrottle.standard(), clock);

        prune.prune();

        assertEquals(1, attempts.failuresOfAccount("a@example.com", Instant.EPOCH, 10).size());
        clock.advance(Duration.ofMinutes(20));
        prune.prune();
        assertEquals(0, attempts.failuresOfAccount("a@example.com", Instant.EPOCH, 10).size());
    }
}
