package io.supportdesk.application.conversation.port.out;

import io.supportdesk.domain.attachment.Attachment;
import io.supportdesk.domain.ticket.CommentId;

import java.util.Collection;
import java.util.List;

/** The files on messages, for chat frames and history; implemented by the attachments' repository. */
public interface CommentAttachments {

    CommentAttachments NONE = (comments, includeInternal) -> List.of();

    /** Oldest first; internal ones only when {@code includeInternal}. */
    List<Attachment> ofComments(Collection<CommentId> comments, boolean includeInternal);
}
