package io.supportdesk.adapter.persistence.notification;

import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.application.notification.NotificationKind;
import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.application.notification.OutboxMessageId;
import io.supportdesk.application.notification.OutboxStatus;
import io.supportdesk.domain.ticket.TicketId;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The one translation between {@code outbox} rows and {@link OutboxMessage}. */
final class OutboxRows {

    static final String COLUMNS = "id, message_id, kind, ticket_id, recipients, subject, text_body, html_body, status, "
            + "attempts, last_error, next_attempt_at, locked_until, created_at, sent_at";

    private OutboxRows() {
    }

    static List<OutboxMessage> read(ResultSet rows) throws SQLException {
        List<OutboxMessage> messages = new ArrayList<>();
        while (rows.next()) {
            messages.add(message(rows));
        }
        return messages;
    }

    static OutboxMessage message(ResultSet row) throws SQLException {
        long ticket = row.getLong("ticket_id");
        Optional<TicketId> ticketId = row.wasNull() ? Optional.empty() : Optional.of(new TicketId(ticket));
        String[] recipients = (String[]) row.getArray("recipients").getArray();
        return new OutboxMessage(
                new OutboxMessageId(row.getLong("id")),
                row.getString("message_id"),
                NotificationKind.fromCode(row.getString("kind")),
                ticketId,
                Arrays.stream(recipients).map(EmailAddress::new).toList(),
                row.getString("subject"),
                row.getString("text_body"),
                row.getString("html_body"),
                OutboxStatus.fromCode(row.getString("status")),
                row.getInt("attempts"),
                Optional.ofNullable(row.getString("last_error")),
                instant(row, "next_attempt_at"),
                Optional.ofNullable(instant(row, "locked_until")),
                instant(row, "created_at"),
                Optional.ofNullable(instant(row, "sent_at")));
    }

    static Instant instant(ResultSet row, String column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    static void setInstant(PreparedStatement statement, int index, Instant instant) throws SQLException {
        if (instant == null) {
            statement.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        } else {
            statement.setObject(index, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
        }
    }
}
