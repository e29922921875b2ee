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
 * included, is the answer for that key. A key still without an answer after {@link #ABANDONED_AFTER} is taken over
 * by the next attempt: its request is not running any more (its instance died, or the release of its failure could
 * not reach the database either), and no request runs that long. Old keys are deleted by
 * {@link PruneIdempotencyKeysService}, on a schedule.
 */
public final class RunIdempotentlyService implements RunIdempotentlyUseCase {

    public static final Duration RETENTION = Duration.ofHours(24);
    /**
     * Far longer than a request runs: every statement is bounded ({@code DATABASE_STATEMENT_TIMEOUT}, 30 s), and the
     * longest request, a CSV import, works in batches of one transaction each (a re-run skips what a run created).
     */
    public static final Duration ABANDONED_AFTER = Duration.ofMinutes(10);
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
        if (record.response().isPresent()) {
            return new Outcome.Replay(record.response().get());
        }
        return records.takeOver(attempt.caller(), attempt.key(), attempt.requestHash(), now.minus(ABANDONED_AFTER),
                now) ? new Outcome.Run() : new Outcome.StillRunning();
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
