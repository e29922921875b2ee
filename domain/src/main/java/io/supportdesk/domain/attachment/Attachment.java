package io.supportdesk.domain.attachment;

import io.supportdesk.domain.identity.UserId;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A file attached to a ticket, on its own or with one of its comments. {@code internal} is what decides who sees it:
 * set when staff upload it as internal or attach it to an internal note, and never cleared, so an attachment is never
 * more visible than the note it came with ({@link AttachmentPermissions}).
 */
public record Attachment(AttachmentId id, TicketId ticketId, Optional<CommentId> commentId, FileName fileName,
                         String contentType, long size, ContentHash hash, boolean internal, UserId uploadedBy,
                         Instant createdAt) {

    public Attachment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(commentId, "commentId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
        Objects.requireNonNull(createdAt, "createdAt");
        if (size < 0) {
            throw new IllegalArgumentException("an attachment's size is never negative");
        }
    }
}
