package io.supportdesk.application.attachment.port.in;

import io.supportdesk.application.conversation.port.in.CommentDetails;

import java.util.List;

/** A comment written together with its files, in one transaction. */
public record CommentWithAttachments(CommentDetails comment, List<AttachmentView> attachments) {

    public CommentWithAttachments {
        attachments = List.copyOf(attachments);
    }
}
