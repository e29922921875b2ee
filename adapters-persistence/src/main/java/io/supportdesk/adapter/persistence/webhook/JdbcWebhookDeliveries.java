package io.supportdesk.adapter.persistence.webhook;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.webhook.WebhookAttempt;
import io.supportdesk.application.webhook.WebhookClaim;
import io.supportdesk.application.webhook.WebhookDelivery;
import io.supportdesk.application.webhook.WebhookDeliveryId;
import io.supportdesk.application.webhook.WebhookMessage;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookId;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code webhook_deliveries}. A claim is one statement: it picks due rows with {@code FOR UPDATE SKIP LOCKED}, so
 * concurrent dispatchers, here or in another instance, split the rows instead of waiting on each other, and leases
 * them in the same transaction, so they stay out of every other claim until the lease ends. A row is a candidate
 * only while no older row for the same webhook and ticket is pending — leased or waiting for its retry — so one
 * ticket's events reach a receiver in order; a ticket whose delivery is failing holds back its later events (not
 * other tickets') until that delivery succeeds or is given up on.
 */
@Singleton
@Transactional
public class JdbcWebhookDeliveries implements WebhookDeliveries {

    private static final String CLAIM = """
            WITH due AS (
                SELECT d.id FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id AND w.active
                WHERE d.status = 'pending' AND d.next_attempt_at <= ?
                  AND (d.locked_until IS NULL OR d.locked_until <= ?)
                  AND NOT EXISTS (SELECT 1 FROM webhook_deliveries older
                                  WHERE older.webhook_id = d.webhook_id AND older.ticket_id = d.ticket_id
                                    AND older.status = 'pending' AND older.id < d.id)
                ORDER BY d.next_attempt_at, d.id
                LIMIT ?
                FOR UPDATE OF d SKIP LOCKED)
            UPDATE webhook_deliveries d SET locked_until = ?, claim_token = ?, attempts = d.attempts + 1
            FROM due WHERE d.id = due.id
            RETURNING\s""" + prefixed("d.");

    private static final String HELD = " WHERE id = ? AND claim_token = ? AND status = 'pending'";

    private final JdbcOperations jdbc;

    JdbcWebhookDeliveries(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    private static String prefixed(String alias) {
        return alias + WebhookRows.DELIVERY_COLUMNS.replace(", ", ", " + alias);
    }

    @Override
    public void enqueueForSubscribers(List<WebhookMessage> messages, Instant now) {
        // Identity values are drawn in the order the sorted rows reach the insert: a ticket's events keep their order.
        jdbc.prepareStatement("""
                INSERT INTO webhook_deliveries (webhook_id, message_id, event_type, ticket_id, body, status, attempts,
                                                next_attempt_at, created_at)
                SELECT w.id, 'msg_' || replace(gen_random_uuid()::text, '-', ''), m.type, m.ticket_id, m.body,
                       'pending', 0, ?, ?
                FROM unnest(?::text[], ?::bigint[], ?::text[]) WITH ORDINALITY AS m (type, ticket_id, body, n)
                JOIN webhooks w ON w.active AND m.type = ANY (w.events)
                ORDER BY m.n, w.id""", statement -> {
            WebhookRows.setInstant(statement, 1, now);
            WebhookRows.setInstant(statement, 2, now);
            var connection = statement.getConnection();
            statement.setArray(3, connection.createArrayOf("text",
                    messages.stream().map(m -> m.type().code()).toArray()));
            statement.setArray(4, connection.createArrayOf("bigint",
                    messages.stream().map(m -> m.ticketId().map(TicketId::value).orElse(null)).toArray()));
            statement.setArray(5, connection.createArrayOf("text", messages.stream().map(WebhookMessage::body)
                    .toArray()));
            return statement.executeUpdate();
        });
    }

    @Override
    public List<WebhookDeliveryId> enqueue(WebhookMessage message, List<WebhookId> webhooks, Instant now) {
        List<WebhookDeliveryId> ids = new ArrayList<>();
        for (WebhookId webhook : webhooks) {
            ids.add(jdbc.prepareStatement("""
                    INSERT INTO webhook_deliveries (webhook_id, message_id, event_type, ticket_id, body, status,
                                                    attempts, next_attempt_at, created_at)
                    VALUES (?, ?, ?, ?, ?, 'pending', 0, ?, ?)
                    RETURNING id""", statement -> {
                statement.setLong(1, webhook.value());
                // Standard Webhooks' msg_ prefix; unique per message and receiver, kept across retries.
                statement.setString(2, "msg_" + UUID.randomUUID().toString().replace("-", ""));
                statement.setString(3, message.type().code());
                if (message.ticketId().isPresent()) {
                    statement.setLong(4, message.ticketId().get().value());
                } else {
                    statement.setNull(4, Types.BIGINT);
                }
                statement.setString(5, message.body());
                WebhookRows.setInstant(statement, 6, now);
                WebhookRows.setInstant(statement, 7, now);
                try (ResultSet row = statement.executeQuery()) {
                    row.next();
                    return new WebhookDeliveryId(row.getLong(1));
                }
            }));
        }
        return ids;
    }

    @Override
    public WebhookClaim claimDue(Instant now, int limit, Duration lease) {
        UUID token = UUID.randomUUID();
        Instant leaseUntil = now.plus(lease);
        List<WebhookDelivery> claimed = jdbc.prepareStatement(CLAIM, statement -> {
            WebhookRows.setInstant(statement, 1, now);
            WebhookRows.setInstant(statement, 2, now);
            statement.setInt(3, limit);
            WebhookRows.setInstant(statement, 4, leaseUntil);
            statement.setObject(5, token);
            try (ResultSet rows = statement.executeQuery()) {
                List<WebhookDelivery> deliveries = new ArrayList<>();
                while (rows.next()) {
                    deliveries.add(WebhookRows.delivery(rows));
                }
                return deliveries;
            }
        });
        if (claimed.isEmpty()) {
            return new WebhookClaim(token, leaseUntil, List.of());
        }
        Map<Long, Webhook> webhooks = webhooksOf(claimed);
        // RETURNING does not keep the ORDER BY of the subquery.
        List<WebhookClaim.Claimed> ordered = claimed.stream()
                .sorted(Comparator.comparing((WebhookDelivery d) -> d.nextAttemptAt().orElseThrow())
                        .thenComparing(d -> d.id().value()))
                .map(d -> new WebhookClaim.Claimed(d, webhooks.get(d.webhookId().value())))
                .toList();
        return new WebhookClaim(token, leaseUntil, ordered);
    }

    private Map<Long, Webhook> webhooksOf(List<WebhookDelivery> deliveries) {
        Long[] ids = deliveries.stream().map(d -> d.webhookId().value()).distinct().toArray(Long[]::new);
        return jdbc.prepareStatement("SELECT " + WebhookRows.WEBHOOK_COLUMNS + " FROM webhooks WHERE id = ANY (?)",
                statement -> {
                    statement.setArray(1, statement.getConnection().createArrayOf("bigint", ids));
                    try (ResultSet rows = statement.executeQuery()) {
                        Map<Long, Webhook> webhooks = new HashMap<>();
                        while (rows.next()) {
                            Webhook webhook = WebhookRows.webhook(rows);
                            webhooks.put(webhook.id().value(), webhook);
                        }
                        return webhooks;
                    }
                });
    }

    @Override
    public void markDelivered(WebhookDeliveryId id, UUID claimToken, WebhookAttempt attempt, Instant now) {
        jdbc.prepareStatement("UPDATE webhook_deliveries SET status = 'delivered', delivered_at = ?, "
                + "response_status = ?, response_body = ?, last_error = ?, duration_ms = ?, locked_until = NULL, "
                + "claim_token = NULL" + HELD, statement -> {
                    WebhookRows.setInstant(statement, 1, now);
                    int next = WebhookRows.setAttempt(statement, 2, attempt);
                    statement.setLong(next, id.value());
                    statement.setObject(next + 1, claimToken);
                    return statement.executeUpdate();
                });
    }

    @Override
    public void scheduleRetry(WebhookDeliveryId id, UUID claimToken, WebhookAttempt attempt, Instant nextAttemptAt) {
        jdbc.prepareStatement("UPDATE webhook_deliveries SET next_attempt_at = ?, response_status = ?, "
                + "response_body = ?, last_error = ?, duration_ms = ?, locked_until = NULL, claim_token = NULL"
                + HELD, statement -> {
                    WebhookRows.setInstant(statement, 1, nextAttemptAt);
                    int next = WebhookRows.setAttempt(statement, 2, attempt);
                    statement.setLong(next, id.value());
                    statement.setObject(next + 1, claimToken);
                    return statement.executeUpdate();
                });
    }

    @Override
    public void markFailed(WebhookDeliveryId id, UUID claimToken, WebhookAttempt attempt) {
        jdbc.prepareStatement("UPDATE webhook_deliveries SET status = 'failed', response_status = ?, "
                + "response_body = ?, last_error = ?, duration_ms = ?, locked_until = NULL, claim_token = NULL"
                + HELD, statement -> {
                    int next = WebhookRows.setAttempt(statement, 1, attempt);
                    statement.setLong(next, id.value());
                    statement.setObject(next + 1, claimToken);
                    return statement.executeUpdate();
                });
    }

    @Override
    public int release(UUID claimToken, List<WebhookDeliveryId> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        // Due as they were, and first again in their ticket's order; the attempt the claim counted was never made.
        return jdbc.prepareStatement("""
                UPDATE webhook_deliveries SET locked_until = NULL, claim_token = NULL,
                                              attempts = greatest(attempts - 1, 0)
                WHERE id = ANY (?) AND claim_token = ? AND status = 'pending'""", statement -> {
            statement.setArray(1, statement.getConnection().createArrayOf("bigint",
                    ids.stream().map(WebhookDeliveryId::value).toArray()));
            statement.setObject(2, claimToken);
            return statement.executeUpdate();
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<WebhookDelivery> findById(WebhookId webhook, WebhookDeliveryId id) {
        return jdbc.prepareStatement("SELECT " + WebhookRows.DELIVERY_COLUMNS
                + " FROM webhook_deliveries WHERE id = ? AND webhook_id = ?", statement -> {
                    statement.setLong(1, id.value());
                    statement.setLong(2, webhook.value());
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(WebhookRows.delivery(row)) : Optional.empty();
                    }
                });
    }

    @Override
    @Transactional(readOnly = true)
    public List<WebhookDelivery> list(WebhookId webhook, int limit) {
        return jdbc.prepareStatement("SELECT " + WebhookRows.DELIVERY_COLUMNS
                + " FROM webhook_deliveries WHERE webhook_id = ? ORDER BY id DESC LIMIT ?", statement -> {
                    statement.setLong(1, webhook.value());
                    statement.setInt(2, limit);
                    try (ResultSet rows = statement.executeQuery()) {
                        List<WebhookDelivery> deliveries = new ArrayList<>();
                        while (rows.next()) {
                            deliveries.add(WebhookRows.delivery(rows));
                        }
                        return deliveries;
                    }
                });
    }

    @Override
    public Optional<WebhookDelivery> redeliver(WebhookId webhook, WebhookDeliveryId id, Instant now) {
        return jdbc.prepareStatement("""
                UPDATE webhook_deliveries SET status = 'pending', attempts = 0, next_attempt_at = ?,
                                              delivered_at = NULL, locked_until = NULL, claim_token = NULL
                WHERE id = ? AND webhook_id = ? AND (locked_until IS NULL OR locked_until <= ?)
                RETURNING\s""" + WebhookRows.DELIVERY_COLUMNS, statement -> {
            WebhookRows.setInstant(statement, 1, now);
            statement.setLong(2, id.value());
            statement.setLong(3, webhook.value());
            WebhookRows.setInstant(statement, 4, now);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() ? Optional.of(WebhookRows.delivery(row)) : Optional.empty();
            }
        });
    }

    @Override
    public int forgetFinishedBefore(Instant cutoff, int limit) {
        // A failed row's next_attempt_at is when its last attempt was due. The expression and the condition are
        // those of webhook_deliveries_finished_idx (V27). SKIP LOCKED: a row being redelivered is left alone, and
        // instances pruning at once delete different rows instead of waiting on each other.
        return jdbc.prepareStatement("""
                DELETE FROM webhook_deliveries WHERE id IN (
                    SELECT id FROM webhook_deliveries
                    WHERE status <> 'pending' AND coalesce(delivered_at, next_attempt_at) < ?
                    LIMIT ?
                    FOR UPDATE SKIP LOCKED)""", statement -> {
            WebhookRows.setInstant(statement, 1, cutoff);
            statement.setInt(2, limit);
            return statement.executeUpdate();
        });
    }
}
