package io.supportdesk.application.idempotency;

import io.supportdesk.application.idempotency.port.in.RunIdempotentlyUseCase.Attempt;
import io.supportdesk.application.idempotency.port.in.RunIdempotentlyUseCase.Outcome;
import io.supportdesk.application.idempotency.port.out.IdempotencyRecords.StoredResponse;
import io.supportdesk.domain.TestClock;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class RunIdempotentlyServiceTest {

    private final TestClock clock = TestClock.at("2026-12-02T10:00:00Z");
    private final RunIdempotentlyService idempotency = new RunIdempotentlyService(new InMemoryIdempotencyRecords(),
            clock);
    private final Attempt create = new Attempt("user:1", "key-1", "POST /api/v1/tickets sha");
    private final StoredResponse created = new StoredResponse(201, Map.of("Location", "/api/v1/tickets/7"),
            new byte[] {'{', '}'});

    @Test
    void the_first_request_runs_and_a_retry_gets_its_answer() {
        assertInstanceOf(Outcome.Run.class, idempotency.begin(create));
        assertInstanceOf(Outcome.StillRunning.class, idempotency.begin(create), "a retry while it runs");
        idempotency.finish(create, created);
        Outcome.Replay replay = assertInstanceOf(Outcome.Replay.class, idempotency.begin(create));
        assertEquals(201, replay.response().status());
        assertEquals("/api/v1/tickets/7", replay.response().headers().get("Location"));
    }

    @Test
    void the_same_key_with_another_request_is_refused() {
        idempotency.begin(create);
        idempotency.finish(create, created);
        assertInstanceOf(Outcome.KeyReused.class, idempotency.begin(new Attempt("user:1", "key-1", "another body")));
        assertInstanceOf(Outcome.Run.class, idempotency.begin(new Attempt("user:2", "key-1", "another body")),
                "another caller's key is another key");
    }

    @Test
    void a_server_failure_lets_the_key_go_so_the_retry_runs_again() {
        idempotency.begin(create);
        idempotency.finish(create, new StoredResponse(503, Map.of(), new byte[0]));
        assertInstanceOf(Outcome.Run.class, idempotency.begin(create));
    }

    @Test
    void an_answer_that_says_when_to_try_again_lets_the_key_go_too() {
        idempotency.begin(create);
        idempotency.finish(create, new StoredResponse(409, Map.of("Retry-After", "2"), new byte[] {'{', '}'}));
        assertInstanceOf(Outcome.Run.class, idempotency.begin(create), "a ticket busy for now is no answer to keep");
    }

    @Test
    void a_key_left_without_an_answer_is_taken_over_once_it_is_abandoned() {
        assertInstanceOf(Outcome.Run.class, idempotency.begin(create));
        // No finish: the instance died, or the release of its failure could not reach the database.
        clock.advance(RunIdempotentlyService.ABANDONED_AFTER.minusSeconds(1));
        assertInstanceOf(Outcome.StillRunning.class, idempotency.begin(create));

        clock.advance(Duration.ofSeconds(2));
        assertInstanceOf(Outcome.KeyReused.class, idempotency.begin(new Attempt("user:1", "key-1", "another body")));
        assertInstanceOf(Outcome.Run.class, idempotency.begin(create));
        assertInstanceOf(Outcome.StillRunning.class, idempotency.begin(create), "the new run holds the key again");
        idempotency.finish(create, created);
        assertInstanceOf(Outcome.Replay.class, idempotency.begin(create));
    }

    @Test
    void a_key_is_kept_for_a_day() {
        idempotency.begin(create);
        idempotency.finish(create, created);
        clock.advance(Duration.ofHours(24).plusSeconds(1));
        assertInstanceOf(Outcome.Run.class, idempotency.begin(create));
    }

    @Test
    void a_key_is_printable_ascii_of_at_most_255_characters() {
        assertThrows(IllegalArgumentException.class, () -> new Attempt("user:1", "", "h"));
        assertThrows(IllegalArgumentException.class, () -> new Attempt("user:1", "x".repeat(256), "h"));
        assertThrows(IllegalArgumentException.class, () -> new Attempt("user:1", "a b", "h"));
    }
}
