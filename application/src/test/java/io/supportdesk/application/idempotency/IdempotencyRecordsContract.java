package io.supportdesk.application.idempotency;

import io.supportdesk.application.idempotency.port.out.IdempotencyRecords;
import io.supportdesk.application.idempotency.port.out.IdempotencyRecords.StoredResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What every {@link IdempotencyRecords} must do; extended by the in-memory fake's test and the JDBC adapter's. */
public abstract class IdempotencyRecordsContract {

    protected abstract IdempotencyRecords records();

    private final Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    private String caller;
    private String key;

    @BeforeEach
    void freshKeys() {
        caller = "user:" + UUID.randomUUID();
        key = UUID.randomUUID().toString();
    }

    @Test
    void a_key_is_claimed_once_and_keeps_its_answer() {
        assertTrue(records().claim(caller, key, "hash-1", now));
        assertFalse(records().claim(caller, key, "hash-1", now), "taken while running");
        assertTrue(records().find(caller, key).orElseThrow().response().isEmpty());

        records().complete(caller, key, new StoredResponse(201, Map.of("Location", "/api/v1/tickets/7"),
                "{\"id\":7}".getBytes(StandardCharsets.UTF_8)));

        var record = records().find(caller, key).orElseThrow();
        assertEquals("hash-1", record.requestHash());
        StoredResponse answer = record.response().orElseThrow();
        assertEquals(201, answer.status());
        assertEquals("/api/v1/tickets/7", answer.headers().get("Location"));
        assertArrayEquals("{\"id\":7}".getBytes(StandardCharsets.UTF_8), answer.body());
        assertFalse(records().claim(caller, key, "hash-1", now), "and taken once answered");
    }

    @Test
    void a_key_without_an_answer_is_taken_over_once_and_an_answered_one_never() {
        assertTrue(records().claim(caller, key, "hash-1", now));
        assertFalse(records().takeOver(caller, key, "hash-1", now, now.plusSeconds(1)), "claimed too recently");

        assertTrue(records().takeOver(caller, key, "hash-2", now.plusSeconds(1), now.plusSeconds(2)));
        var record = records().find(caller, key).orElseThrow();
        assertEquals("hash-2", record.requestHash());
        assertEquals(now.plusSeconds(2), record.claimedAt());
        assertFalse(records().takeOver(caller, key, "hash-2", now.plusSeconds(1), now.plusSeconds(3)),
                "the second of two taking over at once finds it claimed anew");

        records().complete(caller, key, new StoredResponse(201, Map.of(), new byte[0]));
        assertFalse(records().takeOver(caller, key, "hash-2", now.plusSeconds(60), now.plusSeconds(61)));
        assertFalse(records().takeOver(caller, key + "-gone", "hash-2", now.plusSeconds(60), now.plusSeconds(61)));
    }

    @Test
    void keys_of_different_callers_never_meet() {
        assertTrue(records().claim(caller, key, "hash-1", now));
        assertTrue(records().claim(caller + "-other", key, "hash-2", now));
    }

    @Test
    void a_released_key_may_be_claimed_again_and_old_keys_are_forgotten() {
        records().claim(caller, key, "hash-1", now);
        records().release(caller, key);
        assertTrue(records().claim(caller, key, "hash-1", now));

        String old = UUID.randomUUID().toString();
        records().claim(caller, old, "hash-1", now.minusSeconds(100));
        records().forgetBefore(now.minusSeconds(50));
        assertTrue(records().find(caller, old).isEmpty());
        assertTrue(records().find(caller, key).isPresent());
    }
}
