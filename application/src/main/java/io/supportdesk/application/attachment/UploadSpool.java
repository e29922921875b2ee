package io.supportdesk.application.attachment;

import io.supportdesk.application.attachment.port.in.ReceivedFile;
import io.supportdesk.domain.attachment.AttachmentLimits;
import io.supportdesk.domain.attachment.ContentHash;
import io.supportdesk.domain.attachment.FileName;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;

/**
 * Receives an upload into a temporary file, counting and hashing the bytes as they pass through one small buffer:
 * a file is never held in memory, and one over the size limit is refused as soon as the limit is passed.
 */
public final class UploadSpool {

    private static final int BUFFER = 64 * 1024;

    private final Path directory;
    private final AttachmentLimits limits;

    public UploadSpool(Path directory, AttachmentLimits limits) {
        this.directory = directory;
        this.limits = limits;
    }

    /**
     * @throws io.supportdesk.domain.attachment.AttachmentRuleViolation when the file is larger than one may be; the
     *                                                                  partial file is gone
     * @throws StorageFullException when the disk under the spool is full; the partial file is gone
     */
    public ReceivedFile receive(String sentName, InputStream content) {
        FileName name = FileName.of(sentName);
        Path file;
        try {
            Files.createDirectories(directory);
            file = Files.createTempFile(directory, "upload-", ".part");
        } catch (IOException e) {
            throw StorageFullException.orUnchecked(e, directory, "cannot make a temporary file in " + directory);
        }
        try (OutputStream out = Files.newOutputStream(file)) {
            MessageDigest sha256 = sha256();
            byte[] buffer = new byte[BUFFER];
            long size = 0;
            for (int read; (read = content.read(buffer)) != -1; ) {
                size += read;
                limits.checkFileSize(name.value(), size);
                sha256.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            return new ReceivedFile(name, file, size, ContentHash.of(sha256.digest()));
        } catch (IOException e) {
            discard(file);
            throw StorageFullException.orUnchecked(e, directory, "receiving '" + name.value() + "' failed");
        } catch (RuntimeException e) {
            discard(file);
            throw e;
        }
    }

    /** Deletes what {@link #receive} left, once the request is done with it. */
    public static void discard(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // A temporary file: the next start clears the directory.
        }
    }

    /**
     * Clears what a crash left behind, called at start: files last written before {@code cutoff}. Recent ones may be
     * another instance's uploads in flight, should instances share the data directory.
     */
    public void clearBefore(Instant cutoff) {
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (var leftovers = Files.list(directory)) {
            leftovers.filter(path -> path.getFileName().toString().startsWith("upload-"))
                    .filter(path -> writtenBefore(path, cutoff)).forEach(UploadSpool::discard);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clear " + directory, e);
        }
    }

    private static boolean writtenBefore(Path file, Instant cutoff) {
        try {
            return Files.getLastModifiedTime(file).toInstant().isBefore(cutoff);
        } catch (IOException gone) {
            return false;
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
