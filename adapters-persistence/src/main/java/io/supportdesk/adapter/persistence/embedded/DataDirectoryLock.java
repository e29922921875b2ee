package io.supportdesk.adapter.persistence.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an embedded cluster's directory, held for the life of the process that serves it. The
 * operating system releases it when that process dies however it dies, so holding it proves that no live Supportdesk
 * owns the cluster: a PostgreSQL still running there was left behind and may be stopped.
 */
final class DataDirectoryLock implements AutoCloseable {

    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file sits beside the cluster: initdb wants an empty directory. */
    static Path lockFileOf(Path clusterDirectory) {
        return clusterDirectory.resolveSibling(clusterDirectory.getFileName() + ".lock");
    }

    static DataDirectoryLock acquire(Path clusterDirectory) {
        Path file = lockFileOf(clusterDirectory);
        FileChannel channel = null;
        try {
            Files.createDirectories(file.getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                String holder = Files.readString(file, StandardCharsets.UTF_8).strip();
                channel.close();
                throw new DataDirectoryInUseException(clusterDirectory.getParent(),
                        holder.isEmpty() ? "another process" : "pid " + holder);
            }
            channel.truncate(0);
            channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
            channel.force(true);
            return new DataDirectoryLock(channel, lock);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("cannot lock " + file, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldByThisProcess) {
            return null;
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
            channel.truncate(0);
            channel.close();
        } catch (IOException e) {
            // The lock dies with the channel and the process; nothing is left to undo.
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // Already failing; the first error is the one to report.
            }
        }
    }
}
