package io.supportdesk.application.conversation.port.in;

import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.attachment.Attachment;
import io.supportdesk.domain.conversation.Comment;

import java.util.List;

/**
 * A message with the person who wrote it and, where the reader asked for them, its files: only those the reader may
 * see (AttachmentPermissions), and on a public message only public ones, since one chat frame goes to every follower.
 */
public record CommentDetails(Comment comment, Participant author, List<Attachment> attachments) {

    public CommentDetails {
        attachments = List.copyOf(attachments);
    }

    public CommentDetails(Comment comment, Participant author) {
        this(comment, author, List.of());
    }
}
