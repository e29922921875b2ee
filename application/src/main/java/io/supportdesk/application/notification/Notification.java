package io.supportdesk.application.notification;

import io.supportdesk.domain.ticket.TicketId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An email decided on and rendered, waiting to be written to the outbox. The sender is not part of it: the
 * dispatcher adds the configured one when it sends, so a changed {@code MAIL_FROM} applies to everything unsent.
 *
 * @param messageId the stable {@code Message-ID}; enqueuing a second notification with the same one does nothing
 * @param batch     for a reply, the replies it tells of: later replies within the window join its email
 */
public record Notification(String messageId, NotificationKind kind, Optional<TicketId> ticketId,
                           List<EmailAddress> recipients, String subject, String text, String html,
                           Optional<ReplyBatch> batch) {

    /** A notification that is sent on its own. */
    public Notification(String messageId, NotificationKind kind, Optional<TicketId> ticketId,
                        List<EmailAddress> recipients, String subject, String text, String html) {
        this(messageId, kind, ticketId, recipients, subject, text, html, Optional.empty());
    }

    public Notification {
        EmailMessage.requireMessageId(messageId);
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(ticketId, "ticketId");
        recipients = List.copyOf(Objects.requireNonNull(recipients, "recipients"));
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("a notification needs at least one recipient");
        }
        subject = EmailMessage.singleLine(Objects.requireNonNull(subject, "subject"));
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(batch, "batch");
    }
}
