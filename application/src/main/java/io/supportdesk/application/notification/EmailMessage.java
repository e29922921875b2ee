package io.supportdesk.application.notification;

import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One email, ready to send: a plain-text body and an HTML alternative of the same content. {@code messageId} is the
 * {@code Message-ID} header ({@code <local@domain>}); it is fixed when the notification is enqueued and never changes,
 * so a message delivered twice (the outbox delivers at least once) is recognisably the same message.
 */
public record EmailMessage(String messageId, Mailbox from, List<EmailAddress> to, String subject, String text,
                           String html) {

    private static final Pattern MESSAGE_ID = Pattern.compile("<[^\\s<>@]+@[^\\s<>@]+>");

    public EmailMessage {
        requireMessageId(messageId);
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        to = List.copyOf(to);
        if (to.isEmpty()) {
            throw new IllegalArgumentException("an email needs at least one recipient");
        }
        subject = singleLine(Objects.requireNonNull(subject, "subject"));
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
    }

    /** Checks the {@code <local@domain>} shape of a Message-ID and returns it. */
    public static String requireMessageId(String messageId) {
        if (messageId == null || !MESSAGE_ID.matcher(messageId).matches()) {
            throw new IllegalArgumentException("a Message-ID looks like <local@domain>, was '" + messageId + "'");
        }
        return messageId;
    }

    /** Subjects are headers: a line break in one would start a new header. */
    public static String singleLine(String value) {
        return value.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
