package io.supportdesk.application.attachment.port.in;

import io.supportdesk.application.attachment.port.out.BlobStore.Blob;
import io.supportdesk.domain.attachment.Attachment;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * An attachment's bytes made ready for a reader who may have them: either where to send the reader instead (a store
 * that signs its own links, configured to), or the bytes — all of them or the range asked — opened by
 * {@link #open()} only when they are sent, so a reader who already has them (the ETag) costs the store nothing.
 */
public record AttachmentContent(Attachment attachment, Optional<URI> redirect, Supplier<Blob> opener) {

    public AttachmentContent {
        Objects.requireNonNull(attachment, "attachment");
        Objects.requireNonNull(redirect, "redirect");
        Objects.requireNonNull(opener, "opener");
    }

    public static AttachmentContent redirectTo(Attachment attachment, URI to) {
        return new AttachmentContent(attachment, Optional.of(to), () -> {
            throw new IllegalStateException("a redirected download has no bytes here");
        });
    }

    public static AttachmentContent served(Attachment attachment, Supplier<Blob> open) {
        return new AttachmentContent(attachment, Optional.empty(), open);
    }

    /** Opens the bytes; the caller closes the stream. */
    public Blob open() {
        return opener.get();
    }
}
