package io.supportdesk.application.attachment.port.in;

import io.supportdesk.domain.attachment.ContentHash;
import io.supportdesk.domain.attachment.FileName;

import java.nio.file.Path;
import java.util.Objects;

/**
 * An uploaded file as it was received ({@link io.supportdesk.application.attachment.UploadSpool}): on disk, counted
 * and hashed on the way in. The receiver deletes the file when the request ends, whatever happened.
 */
public record ReceivedFile(FileName name, Path file, long size, ContentHash hash) {

    public ReceivedFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(hash, "hash");
    }
}
