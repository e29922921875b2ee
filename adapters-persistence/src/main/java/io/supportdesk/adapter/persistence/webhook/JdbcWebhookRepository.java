package io.supportdesk.adapter.persistence.webhook;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;
import io.supportdesk.domain.webhook.WebhookSecret;
import io.supportdesk.domain.webhook.WebhookUrl;
import jakarta.inject.Singleton;

import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** {@code webhooks}, joining the caller's transaction or opening one. */
@Singleton
@Transactional
public class JdbcWebhookRepository implements WebhookRepository {

    private final JdbcOperations jdbc;

    JdbcWebhookRepository(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Webhook add(WebhookUrl url, Set<WebhookEventType> events, boolean active, WebhookSecret secret,
                       Instant now) {
        return jdbc.prepareStatement("""
                INSERT INTO webhooks (url, events, active, secret, disabled_reason, created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)
                RETURNING\s""" + WebhookRows.WEBHOOK_COLUMNS, statement -> {
            statement.setString(1, url.toString());
            statement.setArray(2, statement.getConnection().createArrayOf("text", WebhookRows.eventCodes(events)));
            statement.setBoolean(3, active);
            statement.setString(4, secret.value());
            statement.setString(5, active ? null : "created turned off");
            WebhookRows.setInstant(statement, 6, now);
            WebhookRows.setInstant(statement, 7, now);
            try (ResultSet row = statement.executeQuery()) {
                row.next();
                return WebhookRows.webhook(row);
            }
        });
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Webhook> findById(WebhookId id) {
        return jdbc.prepareStatement("SELECT " + WebhookRows.WEBHOOK_COLUMNS + " FROM webhooks WHERE id = ?",
                statement -> {
                    statement.setLong(1, id.value());
                    try (ResultSet row = statement.executeQuery()) {
                        return row.next() ? Optional.of(WebhookRows.webhook(row)) : Optional.empty();
                    }
                });
    }

    @Override
    @Transactional(readOnly = true)
    public List<Webhook> list() {
        return jdbc.prepareStatement("SELECT " + WebhookRows.WEBHOOK_COLUMNS + " FROM webhooks ORDER BY id",
                statement -> {
                    try (ResultSet rows = statement.executeQuery()) {
                        List<Webhook> webhooks = new ArrayList<>();
                        while (rows.next()) {
                            webhooks.add(WebhookRows.webhook(rows));
                        }
                        return webhooks;
                    }
                });
    }

    @Override
    public void update(Webhook webhook) {
        jdbc.prepareStatement("""
                UPDATE webhooks SET url = ?, events = ?, active = ?, secret = ?, previous_secret = ?,
                                    previous_secret_until = ?, consecutive_failures = ?, disabled_reason = ?,
                                    updated_at = ?
                WHERE id = ?""", statement -> {
            statement.setString(1, webhook.url().toString());
            statement.setArray(2, statement.getConnection().createArrayOf("text",
                    WebhookRows.eventCodes(webhook.events())));
            statement.setBoolean(3, webhook.active());
            statement.setString(4, webhook.secret().value());
            statement.setString(5, webhook.previousSecret().map(WebhookSecret::value).orElse(null));
            WebhookRows.setInstant(statement, 6, webhook.previousSecretUntil().orElse(null));
            statement.setInt(7, webhook.consecutiveFailures());
            statement.setString(8, webhook.disabledReason().orElse(null));
            WebhookRows.setInstant(statement, 9, webhook.updatedAt());
            statement.setLong(10, webhook.id().value());
            return statement.executeUpdate();
        });
    }

    @Override
    public boolean delete(WebhookId id) {
        return jdbc.prepareStatement("DELETE FROM webhooks WHERE id = ?", statement -> {
            statement.setLong(1, id.value());
            return statement.executeUpdate() == 1;
        });
    }

    @Override
    public void recordSuccess(WebhookId id) {
        jdbc.prepareStatement("UPDATE webhooks SET consecutive_failures = 0 WHERE id = ? AND consecutive_failures > 0",
                statement -> {
                    statement.setLong(1, id.value());
                    return statement.executeUpdate();
                });
    }

    @Override
    public boolean recordFailure(WebhookId id, int disableAfter, String reason, Instant now) {
        // One statement: the count and the decision cannot be split by another dispatcher's failure. SET reads the
        // row as it was; RETURNING the row as it is, so "was on, is off" says this failure turned it off.
        return jdbc.prepareStatement("""
                WITH before AS (SELECT id, active FROM webhooks WHERE id = ? FOR UPDATE)
                UPDATE webhooks w SET consecutive_failures = w.consecutive_failures + 1,
                       active = w.active AND w.consecutive_failures + 1 < ?,
                       disabled_reason = CASE WHEN w.active AND w.consecutive_failures + 1 >= ? THEN ?
                                              ELSE w.disabled_reason END,
                       updated_at = CASE WHEN w.active AND w.consecutive_failures + 1 >= ? THEN ?
                                         ELSE w.updated_at END
                FROM before WHERE w.id = before.id
                RETURNING before.active AND NOT w.active AS turned_off""", statement -> {
            statement.setLong(1, id.value());
            statement.setInt(2, disableAfter);
            statement.setInt(3, disableAfter);
            statement.setString(4, reason);
            statement.setInt(5, disableAfter);
            WebhookRows.setInstant(statement, 6, now);
            try (ResultSet row = statement.executeQuery()) {
                return row.next() && row.getBoolean("turned_off");
            }
        });
    }

    @Override
    public void disable(WebhookId id, String reason, Instant now) {
        jdbc.prepareStatement("UPDATE webhooks SET active = false, disabled_reason = ?, updated_at = ? "
                + "WHERE id = ? AND active", statement -> {
                    statement.setString(1, reason);
                    WebhookRows.setInstant(statement, 2, now);
                    statement.setLong(3, id.value());
                    return statement.executeUpdate();
                });
    }
}
