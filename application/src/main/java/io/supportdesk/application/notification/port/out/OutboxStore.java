package io.supportdesk.application.notification.port.out;

import io.supportdesk.application.notification.OutboxClaim;
import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.application.notification.OutboxMessageId;
import io.supportdesk.application.notification.OutboxStatus;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The outbox as the dispatcher and operators see it. Every method is atomic on its own; none expects to run inside
 * a caller's unit of work.
 *
 * <p>Delivery is guarded by leases: {@link #claimDue} hands each due row to exactly one caller, under a fresh token,
 * until the lease ends. Settling a row ({@link #markSent}, {@link #scheduleRetry}, {@link #markDead}) needs that
 * token and does nothing once the row was claimed again by someone else, so a dispatcher that overran its lease
 * cannot overwrite the outcome of the one that took over.
 */
public interface OutboxStore {

    /**
     * Claims up to {@code limit} pending rows that are due at {@code now} and not leased, oldest due first, leases
     * them until {@code now + lease} and counts an attempt on each. Rows other callers are claiming at the same
     * moment are skipped, not waited for.
     */
    OutboxClaim claimDue(Instant now, int limit, Duration lease);

    void markSent(OutboxMessageId id, UUID claimToken, Instant sentAt);

    /** Records the failure and releases the row until {@code nextAttemptAt}. */
    void scheduleRetry(OutboxMessageId id, UUID claimToken, String error, Instant nextAttemptAt);

    /** Records the failure and gives up on the row. */
    void markDead(OutboxMessageId id, UUID claimToken, String error);

    /**
     * Gives rows of a claim back unsent, for a dispatcher that stops before it began on them: their lease ends at
     * once, so the next claim (in any instance) takes them without waiting for it, and the attempt counted when they
     * were claimed is taken back. Rows settled meanwhile or claimed again under another token are left alone.
     *
     * @return how many rows were given back
     */
    int release(UUID claimToken, List<OutboxMessageId> ids);

    Optional<OutboxMessage> findById(OutboxMessageId id);

    /** The newest rows first, optionally only those in {@code status}. */
    List<OutboxMessage> list(Optional<OutboxStatus> status, int limit);

    /**
     * Makes a dead row, or a pending one no dispatcher holds, due again at {@code now} with a fresh set of attempts.
     *
     * @return the row as requeued, or empty when it does not exist, was sent, or is leased at {@code now}
     */
    Optional<OutboxMessage> requeue(OutboxMessageId id, Instant now);

    /** How much waits and how much was given up on, for operators (health, metrics). */
    Backlog backlog();

    /**
     * @param oldestPending when the oldest row still waiting to be sent was written; empty when none waits
     */
    record Backlog(long pending, long dead, Optional<Instant> oldestPending) {
    }
}
