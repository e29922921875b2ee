package io.supportdesk.application.attachment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * A file could not be written because the disk under it is full (or its quota is spent): a condition of the
 * machine that passes when space is freed, not a fault of the request. Callers answer "not now, try again" and
 * keep nothing half-written (issue 18, fault 12).
 */
public final class StorageFullException extends RuntimeException {

    /** Less than this left on the file store after a failed write counts as full: a buffer's worth. */
    private static final long NEARLY_NOTHING = 1024 * 1024;

    private final transient Path where;

    private StorageFullException(Path where, IOException cause) {
        super("no space left to write under " + where, cause);
        this.where = where;
    }

    public Path where() {
        return where;
    }

    /**
     * The failure as a full disk, if it is one. The JDK reports ENOSPC and EDQUOT only in the message, so besides
     * the kernel's words the file store is asked how much room is left after the failed write.
     */
    public static RuntimeException orUnchecked(IOException failure, Path where, String what) {
        return isOutOfSpace(failure, where) ? new StorageFullException(where, failure)
                : new UncheckedIOException(what, failure);
    }

    static boolean isOutOfSpace(IOException failure, Path where) {
        String message = String.valueOf(failure.getMessage()).toLowerCase(Locale.ROOT);
        if (message.contains("no space left on device") || message.contains("disk quota exceeded")) {
            return true;
        }
        try {
            Path existing = where;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && Files.getFileStore(existing).getUsableSpace() < NEARLY_NOTHING;
        } catch (IOException cannotTell) {
            return false;
        }
    }
}
