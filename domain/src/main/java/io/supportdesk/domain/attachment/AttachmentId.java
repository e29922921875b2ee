package io.supportdesk.domain.attachment;

/** Identifies one attachment: a file as it was attached to a ticket, whatever bytes it shares with others. */
public record AttachmentId(long value) {

    public AttachmentId {
        if (value <= 0) {
            throw new IllegalArgumentException("attachment id must be positive, was " + value);
        }
    }
}
