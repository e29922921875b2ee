package io.supportdesk.application.identity;

import io.supportdesk.application.identity.port.out.SocketTickets.IssuedSocketTicket;
import io.supportdesk.application.time.ClockSkew;
import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.identity.UserId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PruneSignInRecordsServiceTest {

    private final TestClock clock = TestClock.at("2026-02-01T10:00:00Z");
    private final InMemoryLoginAttempts attempts = new InMemoryLoginAttempts();
    private final InMemorySignInLog signIns = new InMemorySignInLog();
    private final InMemorySocketTickets socketTickets = new InMemorySocketTickets();
    private final PruneSignInRecordsService prune = new PruneSignInRecordsService(attempts,
            new InMemoryRefreshTokenStore(), socketTickets, signIns, LoginThrottle.standard(),
            Duration.ofDays(400), new ClockSkew(Duration.ofMinutes(5)), clock);

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
                Duration.ZERO, ClockSkew.none(), clock));
    }

    @Test
    void socket_tickets_are_forgotten_once_no_instance_within_the_skew_allowed_would_take_them() {
        UserId ann = new UserId(7);
        socketTickets.add(new IssuedSocketTicket("redeemable elsewhere", ann, clock.instant().minusSeconds(299)));
        socketTickets.add(new IssuedSocketTicket("expired everywhere", ann, clock.instant().minusSeconds(301)));

        prune.prune();

        assertEquals(Optional.of(ann), socketTickets.redeem("redeemable elsewhere", Instant.EPOCH),
                "an instance whose clock runs 5 minutes behind ours may still redeem it");
        assertEquals(Optional.empty(), socketTickets.redeem("expired everywhere", Instant.EPOCH));
    }
}
