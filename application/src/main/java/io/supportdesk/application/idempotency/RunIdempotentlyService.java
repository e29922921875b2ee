package io.supportdesk.application.idempotency;

import io.supportdesk.application.idempotency.port.in.RunIdempotentlyUseCase;
import io.supportdesk.application.idempotency.port.out.IdempotencyRecords;
import io.supportdesk.application.idempotency.port.out.IdempotencyRecords.IdempotencyRecord;
import io.supportdesk.application.idempotency.port.out.IdempotencyRecords.StoredResponse;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Keys are kept for {@link #RETENTION}. A key whose request failed on the server's side (5xx), or was turned away for
 * now (an answer that says when to try again: {@value #RETRY_AFTER}, such as 409 {@code TICKET_BUSY}), is let go, so
 * that the client's retry runs the request again instead of replaying the failure; every other answer, refusals
 * included, is the answer for that key. Old keys are deleted by {@link PruneIdempotencyKeysService}, on a schedule.
 */
public final class RunIdempotentlyService implements RunIdempotentlyUseCase {

    public static final Duration RETENTION = Duration.ofHours(24);
    /** The header of an answer that is not the request's answer yet; the adapter keeps it for that reason. */
    private static final String RETRY_AFTER = "Retry-After";

    private final IdempotencyRecords records;
    private final Clock clock;

    public RunIdempotentlyService(IdempotencyRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public Outcome begin(Attempt attempt) {
        Instant now = clock.instant();
        if (records.claim(attempt.caller(), attempt.key(), attempt.requestHash(), now)) {
            return new Outcome.Run();
        }
        Optional<IdempotencyRecord> existing = records.find(attempt.caller(), attempt.key());
        if (existing.isEmpty() || existing.get().claimedAt().isBefore(now.minus(RETENTION))) {
            // Let go or expired between the claim and the look: claim again, once.
            records.release(attempt.caller(), attempt.key());
            return records.claim(attempt.caller(), attempt.key(), attempt.requestHash(), now)
                    ? new Outcome.Run() : new Outcome.StillRunning();
        }
        IdempotencyRecord record = existing.get();
        if (!record.requestHash().equals(attempt.requestHash())) {
            return new Outcome.KeyReused();
        }
        return record.response().<Outcome>map(Outcome.Replay::new).orElseGet(Outcome.StillRunning::new);
    }

    @Override
    public void finish(Attempt attempt, StoredResponse response) {
        if (response.status() >= 500 || response.headers().containsKey(RETRY_AFTER)) {
            records.release(attempt.caller(), attempt.key());
        } else {
            records.complete(attempt.caller(), attempt.key(), response);
        }
    }
}
