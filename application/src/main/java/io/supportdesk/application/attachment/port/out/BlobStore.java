package io.supportdesk.application.attachment.port.out;

import io.supportdesk.domain.attachment.ContentHash;

import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * Where attachment bytes live, addressed by their content (SHA-256): the same bytes are stored once, whoever uploads
 * them and however often. Implementations: the filesystem under the data directory (the default) and any
 * S3-compatible store; docs/attachment-stores.md tells how to add another. Every implementation passes
 * {@code BlobStoreContract}.
 */
public interface BlobStore {

    /**
     * Stores the file's bytes under their hash, unless they are stored already. Atomic: a reader finds all of the
     * bytes or none. The caller computed the hash while receiving the file and keeps the file.
     *
     * @return whether the bytes were new to the store
     */
    boolean put(ContentHash hash, Path file, long size);

    /** The bytes, all of them or the range asked for; empty when nothing is stored under the hash. */
    Optional<Blob> open(ContentHash hash, Optional<ByteRange> range);

    boolean exists(ContentHash hash);

    /** @return whether anything was stored under the hash */
    boolean delete(ContentHash hash);

    /**
     * A short-lived link that reads the bytes straight from the store, for stores that can sign one (S3); empty
     * otherwise, and the API serves the bytes itself.
     */
    Optional<URI> presignedDownload(ContentHash hash, Duration ttl, String fileName, String contentType);

    /** Bytes being read: close the stream. {@code length} is what the stream holds, {@code size} the whole blob. */
    record Blob(InputStream content, long length, long size) {
        public Blob {
            Objects.requireNonNull(content, "content");
        }
    }

    /**
     * Bytes {@code first} to {@code last} inclusive, as HTTP ranges count; a {@code last} past the end means to the
     * end.
     */
    record ByteRange(long first, long last) {
        public ByteRange {
            if (first < 0 || last < first) {
                throw new IllegalArgumentException("a byte range runs from a first byte to a last one at or after it");
            }
        }
    }
}
