package io.supportdesk.application.attachment.port.in;

import io.supportdesk.application.attachment.port.out.BlobStore.Blob;
import io.supportdesk.domain.attachment.Attachment;

import java.net.URI;
import java.util.Optional;

/**
 * An attachment's bytes opened for a reader: either the stream (all of it or the range asked), or, from a store that
 * signs its own links and is configured to, where to send the reader instead.
 */
public record AttachmentContent(Attachment attachment, Optional<Blob> blob, Optional<URI> redirect) {
}
