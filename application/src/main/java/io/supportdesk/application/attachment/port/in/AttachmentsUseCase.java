package io.supportdesk.application.attachment.port.in;

import io.supportdesk.application.attachment.port.out.BlobStore.ByteRange;
import io.supportdesk.application.conversation.port.in.AddCommentCommand;
import io.supportdesk.application.conversation.port.in.CommentDetails;
import io.supportdesk.application.ticket.port.in.TicketReference;
import io.supportdesk.domain.attachment.AttachmentId;
import io.supportdesk.domain.identity.Actor;

import java.util.List;
import java.util.Optional;

/**
 * Files on tickets and comments. Whatever the caller may not see answers "not found", like an attachment that does
 * not exist: a customer learns nothing of internal files or of other customers' tickets.
 */
public interface AttachmentsUseCase {

    List<AttachmentView> upload(UploadAttachmentsCommand command);

    /** A comment and its files, all stored or none. */
    CommentWithAttachments comment(AddCommentCommand comment, List<ReceivedFile> files);

    /**
     * A chat message that takes along files its author uploaded to the ticket before ({@code attachment_ids}); ids
     * that are not the author's loose uploads on this ticket are ignored, and a public message takes no internal
     * file.
     */
    CommentDetails message(AddCommentCommand message, List<AttachmentId> files);

    List<AttachmentView> list(Actor actor, TicketReference ticket);

    AttachmentView describe(Actor actor, AttachmentId id);

    AttachmentContent open(Actor actor, AttachmentId id, Optional<ByteRange> range);

    /** Through a signed link, without a token: the link's reader must still be active and still see the file. */
    AttachmentContent open(SignedLink link, Optional<ByteRange> range);

    void delete(Actor actor, AttachmentId id);
}
