package io.supportdesk.domain.attachment;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.ticket.TicketAccessDenied;
import io.supportdesk.domain.ticket.TicketPermissions;

import java.time.Duration;
import java.time.Instant;

/**
 * Who sees and who removes an attachment, on a ticket the actor may read ({@link TicketPermissions#canRead}): an
 * internal attachment is seen by exactly those who see internal notes, by every path (lists, metadata, bytes, links,
 * chat, email). The SQL form of {@link #canSee} is {@code JdbcAttachmentRepository}'s {@code internal} filter, tested
 * against this one.
 */
public final class AttachmentPermissions {

    /** How long an uploader who is not staff may take back a file. */
    public static final Duration UPLOADER_DELETE_WINDOW = Duration.ofMinutes(15);

    private AttachmentPermissions() {
    }

    public static boolean canSee(Actor actor, Attachment attachment) {
        return !attachment.internal() || TicketPermissions.canSeeInternalNotes(actor);
    }

    /** Internal uploads are internal notes by another name. */
    public static void checkUpload(Actor actor, boolean internal) {
        if (internal) {
            TicketPermissions.checkWriteInternal(actor);
        }
    }

    /** Staff remove any attachment they can see; whoever uploaded a file may take it back for a quarter of an hour. */
    public static boolean mayDelete(Actor actor, Attachment attachment, Instant now) {
        if (actor.isStaff()) {
            return true;
        }
        return actor.id().equals(attachment.uploadedBy())
                && now.isBefore(attachment.createdAt().plus(UPLOADER_DELETE_WINDOW));
    }

    public static void checkDelete(Actor actor, Attachment attachment, Instant now) {
        if (!mayDelete(actor, attachment, now)) {
            throw new TicketAccessDenied(actor.id().equals(attachment.uploadedBy())
                    ? "an uploaded file may be removed by its uploader within 15 minutes only"
                    : "only staff and the uploader may remove an attachment");
        }
    }
}
