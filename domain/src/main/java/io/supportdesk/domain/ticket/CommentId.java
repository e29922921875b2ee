package io.supportdesk.domain.ticket;

/** Identifies a comment; the text lives with the conversation, the ticket only learns that it was written. */
public record CommentId(long value) {

    public CommentId {
        if (value <= 0) {
            throw new IllegalArgumentException("comment id must be positive, was " + value);
        }
    }
}
