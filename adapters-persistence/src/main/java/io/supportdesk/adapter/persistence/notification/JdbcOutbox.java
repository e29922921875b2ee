package io.supportdesk.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.application.notification.Notification;
import io.supportdesk.application.notification.port.out.Outbox;
import jakarta.inject.Singleton;

import java.sql.Types;
import java.time.Instant;
import java.util.List;

/**
 * Writes notifications into {@code outbox}, joining the transaction of the change that caused them (or opening one
 * when called alone), so they commit or roll back with it.
 */
@Singleton
@Transactional
public class JdbcOutbox implements Outbox {

    private static final String INSERT = """
            INSERT INTO outbox (message_id, kind, ticket_id, recipients, subject, text_body, html_body, status,
                                attempts, next_attempt_at, created_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?)
            ON CONFLICT (message_id) DO NOTHING""";

    private final JdbcOperations jdbc;

    JdbcOutbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(List<Notification> notifications, Instant now) {
        if (notifications.isEmpty()) {
            return;
        }
        jdbc.prepareStatement(INSERT, statement -> {
            for (Notification notification : notifications) {
                statement.setString(1, notification.messageId());
                statement.setString(2, notification.kind().code());
                if (notification.ticketId().isPresent()) {
                    statement.setLong(3, notification.ticketId().get().value());
                } else {
                    statement.setNull(3, Types.BIGINT);
                }
                statement.setArray(4, statement.getConnection().createArrayOf("text",
                        notification.recipients().stream().map(EmailAddress::value).toArray()));
                statement.setString(5, notification.subject());
                statement.setString(6, notification.text());
                statement.setString(7, notification.html());
                OutboxRows.setInstant(statement, 8, now);
                OutboxRows.setInstant(statement, 9, now);
                statement.addBatch();
            }
            statement.executeBatch();
            return null;
        });
    }
}
