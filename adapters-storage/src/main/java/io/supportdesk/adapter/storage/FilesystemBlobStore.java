package io.supportdesk.adapter.storage;

import io.supportdesk.application.attachment.StorageFullException;
import io.supportdesk.application.attachment.port.out.BlobStore;
import io.supportdesk.domain.attachment.ContentHash;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Blobs as files under one directory (by default {@code <data directory>/attachments}), two levels of fan-out by the
 * hash's first hex digits so no directory grows past a few thousand entries. A file is written beside its place and
 * moved there in one step, so a reader never sees half of it; the path is made of the hash alone (64 hex digits,
 * checked by {@link ContentHash}), so no name can lead outside the directory.
 */
public final class FilesystemBlobStore implements BlobStore {

    private final Path root;

    public FilesystemBlobStore(Path root) {
        try {
            this.root = Files.createDirectories(root).toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + root + " for attachments", e);
        }
    }

    private Path pathOf(ContentHash hash) {
        String hex = hash.hex();
        return root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    @Override
    public boolean put(ContentHash hash, Path file, long size) {
        Path target = pathOf(hash);
        if (Files.exists(target)) {
            return false;
        }
        try {
            Files.createDirectories(target.getParent());
            Path partial = Files.createTempFile(target.getParent(), hash.hex(), ".partial");
            try {
                Files.copy(file, partial, StandardCopyOption.REPLACE_EXISTING);
                try (FileChannel channel = FileChannel.open(partial, StandardOpenOption.WRITE)) {
                    channel.force(true);
                }
                // A rename within one directory: atomic, and should the same bytes arrive twice at once, the second
                // replaces the first with identical content.
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
                return true;
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw StorageFullException.orUnchecked(e, root, "cannot store blob " + hash.hex());
        }
    }

    @Override
    public Optional<Blob> open(ContentHash hash, Optional<ByteRange> range) {
        try {
            FileChannel channel = FileChannel.open(pathOf(hash), StandardOpenOption.READ);
            try {
                long size = channel.size();
                long first = range.map(ByteRange::first).orElse(0L);
                long end = range.map(r -> Math.min(r.last() + 1, size)).orElse(size);
                long length = Math.max(0, end - Math.min(first, size));
                channel.position(Math.min(first, size));
                InputStream content = new BoundedInputStream(Channels.newInputStream(channel), length);
                return Optional.of(new Blob(content, length, size));
            } catch (IOException | RuntimeException e) {
                channel.close();
                throw e;
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read blob " + hash.hex(), e);
        }
    }

    @Override
    public boolean exists(ContentHash hash) {
        return Files.exists(pathOf(hash));
    }

    @Override
    public boolean delete(ContentHash hash) {
        try {
            return Files.deleteIfExists(pathOf(hash));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete blob " + hash.hex(), e);
        }
    }

    /** Files are served by the API itself. */
    @Override
    public Optional<URI> presignedDownload(ContentHash hash, Duration ttl, String fileName, String contentType) {
        return Optional.empty();
    }

    /** Reads at most {@code remaining} bytes of a stream, and closes it when closed. */
    private static final class BoundedInputStream extends InputStream {

        private final InputStream in;
        private long remaining;

        BoundedInputStream(InputStream in, long remaining) {
            this.in = in;
            this.remaining = remaining;
        }

        @Override
        public int read() throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int b = in.read();
            if (b >= 0) {
                remaining--;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            if (remaining <= 0) {
                return -1;
            }
            int read = in.read(buffer, offset, (int) Math.min(length, remaining));
            if (read > 0) {
                remaining -= read;
            }
            return read;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
