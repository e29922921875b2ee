package io.supportdesk.application.identity;

import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PruneSignInRecordsServiceTest {

    private final TestClock clock = TestClock.at("2026-02-01T10:00:00Z");
    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    private final InMemorySignInLog signIns = new InMemorySignInLog();
    private final PruneSignInRecordsService prune = new PruneSignInRecordsService(attempts,
            new InMemoryRefreshTokenStore(), new InMemorySocketTickets(), signIns, LoginThrottle.standard(),
            Duration.ofDays(400), clock);

    @Test
    void failures_older_than_the_throttle_window_are_forgotten_and_recent_ones_kept() {
        attempts.recordFailure("a@example.com", "10.0.0.1", Instant.parse("2026-02-01T09:00:00Z"));
        attempts.recordFailure("a@example.com", "10.0.0.1", Instant.parse("2026-02-01T09:55:00Z"));

        prune.prune();

        assertEquals(1, attempts.failuresOfAccount("a@example.com", Instant.EPOCH, 10).size());
        clock.advance(Duration.ofMinutes(20));
        prune.prune();
        assertEquals(0, attempts.failuresOfAccount("a@example.com", Instant.EPOCH, 10).size());
    }

    @Test
    void sign_ins_older_than_the_retention_are_forgotten_and_later_ones_kept() {
        UserId ann = new UserId(7);
        Instant retained = clock.instant().minus(Duration.ofDays(400));
        signIns.record(ann, retained.minusSeconds(1));
        signIns.record(ann, retained);
        signIns.record(ann, clock.instant().minus(Duration.ofDays(1)));

        prune.prune();

        assertEquals(List.of(retained, clock.instant().minus(Duration.ofDays(1))), signIns.signInsOf(ann));
    }

    @Test
    void the_retention_must_be_positive() {
        assertThrows(IllegalArgumentException.class, () -> new PruneSignInRecordsService(attempts,
                new InMemoryRefreshTokenStore(), new InMemorySocketTickets(), signIns, LoginThrottle.standard(),
                Duration.ZERO, clock));
    }
}
