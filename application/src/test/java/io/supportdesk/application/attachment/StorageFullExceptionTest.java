package io.supportdesk.application.attachment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

class StorageFullExceptionTest {

    @TempDir
    Path roomy;

    /** Linux's /dev/full answers every write with ENOSPC: the kernel's own "disk full", in the JDK's own words. */
    static boolean hasDevFull() {
        return Files.isWritable(Path.of("/dev/full"));
    }

    @Test
    @EnabledIf("hasDevFull")
    void a_write_refused_with_enospc_is_a_full_disk() {
        IOException refused = assertThrows(IOException.class, () -> Files.write(Path.of("/dev/full"), new byte[8192]));

        RuntimeException failure = StorageFullException.orUnchecked(refused, roomy, "writing");

        StorageFullException full = assertInstanceOf(StorageFullException.class, failure);
        assertEquals(roomy, full.where());
        assertEquals(refused, full.getCause());
    }

    @Test
    void another_failure_on_a_disk_with_room_stays_an_io_failure() {
        IOException missing = new NoSuchFileException(roomy.resolve("gone").toString());

        RuntimeException failure = StorageFullException.orUnchecked(missing, roomy.resolve("gone"), "reading");

        UncheckedIOException io = assertInstanceOf(UncheckedIOException.class, failure);
        assertEquals("reading", io.getMessage());
        assertEquals(missing, io.getCause());
    }
}
