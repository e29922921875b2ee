package io.supportdesk.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.notification.OutboxClaim;
import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.application.notification.OutboxMessageId;
import io.supportdesk.application.notification.OutboxStatus;
import io.supportdesk.application.notification.port.out.OutboxStore;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The dispatcher's and the operators' side of {@code outbox}. A claim is one statement: it picks due rows with
 * {@code FOR UPDATE SKIP LOCKED} — so concurrent dispatchers, in this instance or another, split the rows between
 * them instead of queueing on each other's locks — and leases them in the same transaction, so once it commits the
 * rows stay out of every other claim until the lease ends, whether or not their dispatcher is still alive.
 */
@Singleton
@Transactional
public class JdbcOutboxStore implements OutboxStore {

    private static final String CLAIM = """
            WITH due AS (
                SELECT id FROM outbox
                WHERE status = 'pending' AND next_attempt_at <= ? AND (locked_until IS NULL OR locked_until <= ?)
                ORDER BY next_attempt_at, id
                LIMIT ?
                FOR UPDATE SKIP LOCKED)
            UPDATE outbox o SET locked_until = ?, claim_token = ?, attempts = o.attempts + 1
            FROM due WHERE o.id = due.id
            RETURNING o.*""";

    private static final String HELD = " WHERE id = ? AND claim_token = ? AND status = 'pending'";

    private final JdbcOperations jdbc;

    JdbcOutboxStore(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public OutboxClaim claimDue(Instant now, int limit, Duration lease) {
        UUID token = UUID.randomUUID();
        Instant leaseUntil = now.plus(lease);
        List<OutboxMessage> claimed = jdbc.prepareStatement(CLAIM, statement -> {
            OutboxRows.setInstant(statement, 1, now);
            OutboxRows.setInstant(statement, 2, now);
            statement.setInt(3, limit);
            OutboxRows.setInstant(statement, 4, leaseUntil);
            statement.setObject(5, token);
            try (ResultSet rows = statement.executeQuery()) {
                return OutboxRows.read(rows);
            }
        });
        // RETURNING does not keep the ORDER BY of the subquery.
        List<OutboxMessage> ordered = claimed.stream()
                .sorted(Comparator.comparing(OutboxMessage::nextAttemptAt)
                        .thenComparing(message -> message.id().value()))
                .toList();
        return new OutboxClaim(token, leaseUntil, ordered);
    }

    @Override
    public void markSent(OutboxMessageId id, UUID claimToken, Instant sentAt) {
        jdbc.prepareStatement("UPDATE outbox SET status = 'sent', sent_at = ?, locked_until = NULL, "
                + "claim_token = NULL" + HELD, statement -> {
                    OutboxRows.setInstant(statement, 1, sentAt);
                    statement.setLong(2, id.value());
                    statement.setObject(3, claimToken);
                    return statement.executeUpdate();
                });
    }

    @Override
    public void scheduleRetry(OutboxMessageId id, UUID claimToken, String error, Instant nextAttemptAt) {
        jdbc.prepareStatement("UPDATE outbox SET last_error = ?, next_attempt_at = ?, locked_until = NULL, "
                + "claim_token = NULL" + HELD, statement -> {
                    statement.setString(1, error);
                    OutboxRows.setInstant(statement, 2, nextAttemptAt);
                    statement.setLong(3, id.value());
                    statement.setObject(4, claimToken);
                    return statement.executeUpdate();
                });
    }

    @Override
    public void markDead(OutboxMessageId id, UUID claimToken, String error) {
        jdbc.prepareStatement("UPDATE outbox SET status = 'dead', last_error = ?, locked_until = NULL, "
                + "claim_token = NULL" + HELD, statement -> {
                    statement.setString(1, error);
                    statement.setLong(2, id.value());
                    statement.setObject(3, claimToken);
                    return statement.executeUpdate();
                });
    }

    @Override
    public int release(UUID claimToken, List<OutboxMessageId> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        // Due as they were (they were due when claimed); the attempt the claim counted was never made.
        return jdbc.prepareStatement("""
                UPDATE outbox SET locked_until = NULL, claim_token = NULL, attempts = greatest(attempts - 1, 0)
                WHERE id = ANY (?) AND claim_token = ? AND status = 'pending'""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint",
                    ids.stream().map(OutboxMessageId::value).toArray()));
            statement.setObject(2, claimToken);
            return statement.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<OutboxMessage> findById(OutboxMessageId id) {
        return jdbc.prepareStatement("SELECT " + OutboxRows.COLUMNS + " FROM outbox WHERE id = ?", statement -> {
            statement.setLong(1, id.value());
            try (ResultSet rows = statement.executeQuery()) {
                return OutboxRows.read(rows).stream().findFirst();
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<OutboxMessage> list(Optional<OutboxStatus> status, int limit) {
        String where = status.isPresent() ? " WHERE status = ?" : "";
        return jdbc.prepareStatement("SELECT " + OutboxRows.COLUMNS + " FROM outbox" + where
                + " ORDER BY created_at DESC, id DESC LIMIT ?", statement -> {
                    int index = 1;
                    if (status.isPresent()) {
                        statement.setString(index++, status.get().code());
                    }
                    statement.setInt(index, limit);
                    try (ResultSet rows = statement.executeQuery()) {
                        return OutboxRows.read(rows);
                    }
                });
    }

    @Override
    public Optional<OutboxMessage> requeue(OutboxMessageId id, Instant now) {
        return jdbc.prepareStatement("""
                UPDATE outbox SET status = 'pending', attempts = 0, next_attempt_at = ?, locked_until = NULL,
                                  claim_token = NULL
                WHERE id = ? AND status <> 'sent' AND (locked_until IS NULL OR locked_until <= ?)
                RETURNING\s""" + OutboxRows.COLUMNS, statement -> {
            OutboxRows.setInstant(statement, 1, now);
            statement.setLong(2, id.value());
            OutboxRows.setInstant(statement, 3, now);
            try (ResultSet rows = statement.executeQuery()) {
                return OutboxRows.read(rows).stream().findFirst();
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Backlog backlog() {
        // Pending rows through their partial index; dead ones through (status, created_at). Sent rows are not read.
        return jdbc.prepareStatement("""
                SELECT (SELECT count(*) FROM outbox WHERE status = 'pending') AS pending,
                       (SELECT count(*) FROM outbox WHERE status = 'dead') AS dead,
                       (SELECT min(created_at) FROM outbox WHERE status = 'pending') AS oldest""", statement -> {
            try (java.sql.ResultSet row = statement.executeQuery()) {
                row.next();
                java.sql.Timestamp oldest = row.getTimestamp("oldest");
                return new Backlog(row.getLong("pending"), row.getLong("dead"),
                        Optional.ofNullable(oldest).map(java.sql.Timestamp::toInstant));
            }
        });
    }
}
