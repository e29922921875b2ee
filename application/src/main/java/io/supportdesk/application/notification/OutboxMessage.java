package io.supportdesk.application.notification;

import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A row of the outbox as stored: the email, and how its delivery is going.
 *
 * @param attempts      delivery attempts started so far (a claim counts as an attempt, so a dispatcher that crashed
 *                      mid-send is counted too)
 * @param nextAttemptAt when a dispatcher may next pick it up (meaningful while pending)
 * @param lockedUntil   the end of the lease of the dispatcher working on it, if one claimed it; a lease in the past
 *                      is simply over
 */
public record OutboxMessage(OutboxMessageId id, String messageId, NotificationKind kind, Optional<TicketId> ticketId,
                            List<EmailAddress> recipients, String subject, String text, String html,
                            OutboxStatus status, int attempts, Optional<String> lastError, Instant nextAttemptAt,
                            Optional<Instant> lockedUntil, Instant createdAt, Optional<Instant> sentAt) {

    public OutboxMessage {
        Objects.requireNonNull(id, "id");
        EmailMessage.requireMessageId(messageId);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ticketId, "ticketId");
        recipients = List.copyOf(recipients);
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(status, "status");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative, was " + attempts);
        }
        Objects.requireNonNull(lastError, "lastError");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(lockedUntil, "lockedUntil");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(sentAt, "sentAt");
    }

    /** Whether a dispatcher holds a lease on it at {@code now}. */
    public boolean inFlight(Instant now) {
        return status == OutboxStatus.PENDING && lockedUntil.map(now::isBefore).orElse(false);
    }

    public EmailMessage toEmail(Mailbox from) {
        return new EmailMessage(messageId, from, recipients, subject, text, html);
    }
}
