package io.supportdesk.adapter.rest.notification;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.List;

/** One outbox row for operators: who, what and how delivery is going. The bodies stay in the database. */
@Serdeable
record OutboxMessageResponse(long id, String messageId, String kind, @Nullable Long ticketId,
                             List<String> recipients, String subject, String status, int attempts,
                             @Nullable String lastError, @Nullable Instant nextAttemptAt,
                             @Nullable Instant lockedUntil, Instant createdAt, @Nullable Instant sentAt) {

    static OutboxMessageResponse of(OutboxMessage message) {
        boolean pending = message.status() == io.supportdesk.application.notification.OutboxStatus.PENDING;
        return new OutboxMessageResponse(message.id().value(), message.messageId(), message.kind().code(),
                message.ticketId().map(TicketId::value).orElse(null),
                message.recipients().stream().map(EmailAddress::value).toList(), message.subject(),
                message.status().code(), message.attempts(), message.lastError().orElse(null),
                pending ? message.nextAttemptAt() : null, message.lockedUntil().orElse(null), message.createdAt(),
                message.sentAt().orElse(null));
    }
}
