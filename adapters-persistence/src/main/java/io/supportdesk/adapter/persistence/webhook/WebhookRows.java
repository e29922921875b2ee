package io.supportdesk.adapter.persistence.webhook;

import io.supportdesk.application.webhook.WebhookAttempt;
import io.supportdesk.application.webhook.WebhookDelivery;
import io.supportdesk.application.webhook.WebhookDeliveryId;
import io.supportdesk.application.webhook.WebhookDeliveryStatus;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;
import io.supportdesk.domain.webhook.WebhookSecret;
import io.supportdesk.domain.webhook.WebhookUrl;

import java.net.URI;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/** The one translation between the webhook tables' rows and the application's records. */
final class WebhookRows {

    static final String WEBHOOK_COLUMNS = "id, url, events, active, secret, previous_secret, previous_secret_until, "
            + "consecutive_failures, disabled_reason, created_at, updated_at";
    static final String DELIVERY_COLUMNS = "id, webhook_id, message_id, event_type, ticket_id, body, status, attempts, "
            + "next_attempt_at, response_status, response_body, last_error, duration_ms, created_at, delivered_at";

    private WebhookRows() {
    }

    static Webhook webhook(ResultSet row) throws SQLException {
        String[] events = (String[]) row.getArray("events").getArray();
        Set<WebhookEventType> types = EnumSet.noneOf(WebhookEventType.class);
        Arrays.stream(events).map(WebhookEventType::fromCode).forEach(types::add);
        return new Webhook(new WebhookId(row.getLong("id")), new WebhookUrl(URI.create(row.getString("url"))), types,
                row.getBoolean("active"), new WebhookSecret(row.getString("secret")),
                Optional.ofNullable(row.getString("previous_secret")).map(WebhookSecret::new),
                Optional.ofNullable(instant(row, "previous_secret_until")), row.getInt("consecutive_failures"),
                Optional.ofNullable(row.getString("disabled_reason")), instant(row, "created_at"),
                instant(row, "updated_at"));
    }

    static String[] eventCodes(Set<WebhookEventType> events) {
        return events.stream().map(WebhookEventType::code).sorted().toArray(String[]::new);
    }

    static WebhookDelivery delivery(ResultSet row) throws SQLException {
        long ticket = row.getLong("ticket_id");
        Optional<TicketId> ticketId = row.wasNull() ? Optional.empty() : Optional.of(new TicketId(ticket));
        WebhookDeliveryStatus status = WebhookDeliveryStatus.fromCode(row.getString("status"));
        int responseStatus = row.getInt("response_status");
        OptionalInt answered = row.wasNull() ? OptionalInt.empty() : OptionalInt.of(responseStatus);
        int durationMs = row.getInt("duration_ms");
        Optional<WebhookAttempt> attempt = row.wasNull() ? Optional.empty() : Optional.of(new WebhookAttempt(answered,
                Optional.ofNullable(row.getString("response_body")), Optional.ofNullable(row.getString("last_error")),
                Duration.ofMillis(durationMs)));
        return new WebhookDelivery(new WebhookDeliveryId(row.getLong("id")), new WebhookId(row.getLong("webhook_id")),
                row.getString("message_id"), eventType(row.getString("event_type")), ticketId, row.getString("body"),
                status, row.getInt("attempts"), attempt,
                status == WebhookDeliveryStatus.PENDING ? Optional.of(instant(row, "next_attempt_at"))
                        : Optional.empty(),
                instant(row, "created_at"), Optional.ofNullable(instant(row, "delivered_at")));
    }

    private static WebhookEventType eventType(String code) {
        return Arrays.stream(WebhookEventType.values()).filter(type -> type.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown webhook event type in the database: " + code));
    }

    /** Binds the attempt's columns from {@code index}: status, body, error, duration; returns the next index. */
    static int setAttempt(PreparedStatement statement, int index, WebhookAttempt attempt) throws SQLException {
        if (attempt.responseStatus().isPresent()) {
            statement.setInt(index, attempt.responseStatus().getAsInt());
        } else {
            statement.setNull(index, Types.INTEGER);
        }
        statement.setString(index + 1, attempt.responseBody().map(WebhookRows::withoutNul).orElse(null));
        statement.setString(index + 2, attempt.error().map(WebhookRows::withoutNul).orElse(null));
        statement.setInt(index + 3, (int) Math.min(Integer.MAX_VALUE, attempt.duration().toMillis()));
        return index + 4;
    }

    /** PostgreSQL text cannot hold NUL, and a receiver's answer may contain anything. */
    private static String withoutNul(String text) {
        return text.replace("\u0000", "");
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
