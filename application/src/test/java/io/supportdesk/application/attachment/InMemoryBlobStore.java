package io.supportdesk.application.attachment;

import io.supportdesk.application.attachment.port.out.BlobStore;
import io.supportdesk.domain.attachment.ContentHash;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Blobs in memory for use-case tests; passes {@link BlobStoreContract}. */
public final class InMemoryBlobStore implements BlobStore {

    private final Map<ContentHash, byte[]> blobs = new ConcurrentHashMap<>();

    @Override
    public boolean put(ContentHash hash, Path file, long size) {
        if (blobs.containsKey(hash)) {
            return false;
        }
        try {
            return blobs.putIfAbsent(hash, Files.readAllBytes(file)) == null;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public Optional<Blob> open(ContentHash hash, Optional<ByteRange> range) {
        byte[] bytes = blobs.get(hash);
        if (bytes == null) {
            return Optional.empty();
        }
        int from = range.map(r -> (int) Math.min(r.first(), bytes.length)).orElse(0);
        int to = range.map(r -> (int) Math.min(r.last() + 1, bytes.length)).orElse(bytes.length);
        byte[] part = Arrays.copyOfRange(bytes, from, to);
        return Optional.of(new Blob(new ByteArrayInputStream(part), part.length, bytes.length));
    }

    @Override
    public boolean exists(ContentHash hash) {
        return blobs.containsKey(hash);
    }

    @Override
    public boolean delete(ContentHash hash) {
        return blobs.remove(hash) != null;
    }

    @Override
    public Optional<URI> presignedDownload(ContentHash hash, Duration ttl, String fileName, String contentType) {
        return Optional.empty();
    }
}
