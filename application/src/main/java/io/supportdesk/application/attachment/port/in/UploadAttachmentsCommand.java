package io.supportdesk.application.attachment.port.in;

import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.CommentId;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Attach files to a ticket, optionally to one of its comments; {@code internal} uploads are for staff only. */
public record UploadAttachmentsCommand(Actor actor, TicketReference ticket, Optional<CommentId> comment,
                                       boolean internal, List<ReceivedFile> files) {

    public UploadAttachmentsCommand {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(ticket, "ticket");
        Objects.requireNonNull(comment, "comment");
        files = List.copyOf(files);
    }
}
