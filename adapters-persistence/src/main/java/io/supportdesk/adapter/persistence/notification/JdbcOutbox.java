package io.supportdesk.adapter.persistence.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.transaction.annotation.Transactional;
import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.application.notification.EmailMessage;
import io.supportdesk.application.notification.Notification;
import io.supportdesk.application.notification.NotificationKind;
import io.supportdesk.application.notification.OutboxMessageId;
import io.supportdesk.application.notification.ReplyBatch;
import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.notification.template.RenderedEmail;
import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Singleton;

import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Writes notifications into {@code outbox}, joining the transaction of the change that caused them (or opening one
 * when called alone), so they commit or roll back with it.
 */
@Singleton
@Transactional
public class JdbcOutbox implements Outbox {

    private static final String INSERT = """
            INSERT INTO outbox (message_id, kind, ticket_id, recipients, subject, text_body, html_body, status,
                                attempts, next_attempt_at, created_at, batch_key, batch_recipient_id,
                                batch_comment_ids)
            VALUES (?, ?, ?, ?, ?, ?, ?, 'pending', 0, ?, ?, ?, ?, ?)
            ON CONFLICT (message_id) DO NOTHING""";

    private final JdbcOperations jdbc;

    JdbcOutbox(JdbcOperations jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void enqueue(List<Notification> notifications, Instant now) {
        insert(notifications, now, now);
    }

    @Override
    public void hold(Notification reply, Instant now, Instant sendAt) {
        if (reply.batch().isEmpty()) {
            throw new IllegalArgumentException("only a reply with its batch is held, not " + reply.kind().code());
        }
        insert(List.of(reply), now, sendAt);
    }

    @Override
    public Optional<OpenBatch> openBatch(String key, Instant now) {
        // Never a row a dispatcher holds: only untried rows not yet due, locked against a dispatcher that comes due.
        return jdbc.prepareStatement("""
                SELECT id, kind, ticket_id, batch_recipient_id, batch_comment_ids FROM outbox
                WHERE batch_key = ? AND status = 'pending' AND attempts = 0 AND next_attempt_at > ?
                  AND (locked_until IS NULL OR locked_until <= ?)
                ORDER BY next_attempt_at LIMIT 1
                FOR UPDATE""", statement -> {
            statement.setString(1, key);
            OutboxRows.setInstant(statement, 2, now);
            OutboxRows.setInstant(statement, 3, now);
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    return Optional.empty();
                }
                Long[] comments = (Long[]) row.getArray("batch_comment_ids").getArray();
                return Optional.of(new OpenBatch(new OutboxMessageId(row.getLong("id")), new ReplyBatch(
                        NotificationKind.fromCode(row.getString("kind")), new TicketId(row.getLong("ticket_id")),
                        new UserId(row.getLong("batch_recipient_id")),
                        Arrays.stream(comments).map(CommentId::new).toList())));
            }
        });
    }

    @Override
    public void extend(OutboxMessageId id, ReplyBatch batch, RenderedEmail email) {
        jdbc.prepareStatement("""
                UPDATE outbox SET subject = ?, text_body = ?, html_body = ?, batch_comment_ids = ?
                WHERE id = ? AND batch_key = ? AND status = 'pending' AND attempts = 0""", statement -> {
            statement.setString(1, EmailMessage.singleLine(email.subject()));
            statement.setString(2, email.text());
            statement.setString(3, email.html());
            statement.setArray(4, commentIds(statement, batch));
            statement.setLong(5, id.value());
            statement.setString(6, batch.key());
            if (statement.executeUpdate() != 1) {
                throw new IllegalStateException("outbox row " + id.value() + " is no longer gathering replies");
            }
            return null;
        });
    }

    private void insert(List<Notification> notifications, Instant now, Instant dueAt) {
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
                OutboxRows.setInstant(statement, 8, dueAt);
                OutboxRows.setInstant(statement, 9, now);
                Optional<ReplyBatch> batch = notification.batch().filter(b -> dueAt.isAfter(now));
                statement.setString(10, batch.map(ReplyBatch::key).orElse(null));
                if (batch.isPresent()) {
                    statement.setLong(11, batch.get().recipient().value());
                    statement.setArray(12, commentIds(statement, batch.get()));
                } else {
                    statement.setNull(11, Types.BIGINT);
                    statement.setNull(12, Types.ARRAY);
                }
                statement.addBatch();
            }
            statement.executeBatch();
            return null;
        });
    }

    private static Array commentIds(PreparedStatement statement, ReplyBatch batch) throws SQLException {
        return statement.getConnection().createArrayOf("bigint",
                batch.comments().stream().map(CommentId::value).toArray());
    }
}
