package io.supportdesk.application.idempotency;

import io.supportdesk.domain.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PruneIdempotencyKeysServiceTest {

    @Test
    void keys_past_their_day_are_forgotten_and_younger_ones_kept() {
        TestClock clock = TestClock.at("2026-12-02T10:00:00Z");
        InMemoryIdempotencyRecords records = new InMemoryIdempotencyRecords();
        records.claim("user:1", "old", "h", clock.instant());
        clock.advance(Duration.ofHours(12));
        records.claim("user:1", "young", "h", clock.instant());
        clock.advance(Duration.ofHours(12).plusSeconds(1));

        new PruneIdempotencyKeysService(records, clock).prune();

        assertTrue(records.find("user:1", "old").isEmpty());
        assertTrue(records.find("user:1", "young").isPresent());
    }
}
