package io.supportdesk.application.attachment.port.out;

import io.supportdesk.application.conversation.port.out.CommentAttachments;
import io.supportdesk.domain.attachment.Attachment;
import io.supportdesk.domain.attachment.AttachmentId;
import io.supportdesk.domain.attachment.ContentHash;
import io.supportdesk.domain.ticket.CommentId;
import io.supportdesk.domain.ticket.TicketId;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Attachments, and the record of which stored bytes (blobs) are in use. A blob is "touched" by every upload before
 * its bytes are stored, so neither removing the last attachment nor the sweeper deletes bytes an upload in flight is
 * about to use.
 */
public interface AttachmentRepository extends CommentAttachments {

    List<AttachmentId> nextIds(int count);

    void addAll(List<Attachment> attachments);

    Optional<Attachment> find(AttachmentId id);

    /** Oldest first; internal ones only when {@code includeInternal} (the SQL form of AttachmentPermissions.canSee). */
    List<Attachment> ofTicket(TicketId ticket, boolean includeInternal);

    long bytesOnTicket(TicketId ticket);

    int countOnComment(CommentId comment);

    /**
     * Gives the uploader's loose attachments on the ticket (uploaded without a comment) to a comment: what a chat
     * message does with the ids it names. Those not found, not loose, or not the uploader's are left alone, and so
     * are internal ones unless {@code allowInternal} (the message is an internal note): a public message never
     * carries an internal file.
     *
     * @return the attachments now on the comment
     */
    List<Attachment> attachToComment(Collection<AttachmentId> ids, TicketId ticket, CommentId comment,
                                     io.supportdesk.domain.identity.UserId uploader, boolean allowInternal);

    void remove(AttachmentId id);

    /** Marks the blobs in use as of {@code now}; commits by itself, before the bytes are stored. */
    void touchBlobs(Collection<ContentHash> hashes, Instant now);

    /**
     * Forgets the blob if no attachment refers to it and no upload touched it since {@code touchedBefore}, holding it
     * until the transaction ends, so its bytes can be deleted before anyone uses it again.
     *
     * @return whether the blob was forgotten (and its bytes should go)
     */
    boolean forgetIfUnused(ContentHash hash, Instant touchedBefore);

    /**
     * Forgets up to {@code limit} unused blobs not touched since {@code touchedBefore} — skipping any another
     * instance is working on — and returns them, so their bytes can be deleted in the same transaction.
     */
    List<ContentHash> forgetUnused(Instant touchedBefore, int limit);
}
