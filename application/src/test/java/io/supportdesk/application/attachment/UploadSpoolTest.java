package io.supportdesk.application.attachment;

import io.supportdesk.application.attachment.port.in.ReceivedFile;
import io.supportdesk.domain.attachment.AttachmentLimits;
import io.supportdesk.domain.attachment.AttachmentRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UploadSpoolTest {

    @TempDir
    Path spool;

    /** Bytes made up as they are read: the test itself holds none of them. */
    private static final class Generated extends InputStream {
        private long left;

        Generated(long size) {
            this.left = size;
        }

        @Override
        public int read() {
            return left-- > 0 ? (int) (left % 251) : -1;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) {
            if (left <= 0) {
                return -1;
            }
            int n = (int) Math.min(length, left);
            for (int i = 0; i < n; i++) {
                buffer[offset + i] = (byte) ((left - i - 1) % 251);
            }
            left -= n;
            return n;
        }
    }

    @Test
    void a_file_is_counted_and_hashed_on_its_way_to_disk() throws Exception {
        byte[] bytes = "hello, attachments".getBytes();
        ReceivedFile received = new UploadSpool(spool, AttachmentLimits.DEFAULTS)
                .receive("../hello.txt", new ByteArrayInputStream(bytes));

        assertEquals("hello.txt", received.name().value());
        assertEquals(bytes.length, received.size());
        assertArrayEquals(bytes, Files.readAllBytes(received.file()));
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                received.hash().hex());
    }

    @Test
    void a_large_upload_never_grows_the_heap_by_its_size() {
        long size = 64L * 1024 * 1024;
        AttachmentLimits limits = new AttachmentLimits(size, 5, size, 20);
        var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long before = threads.getCurrentThreadAllocatedBytes();

        ReceivedFile received = new UploadSpool(spool, limits).receive("big.bin", new Generated(size));

        long allocated = threads.getCurrentThreadAllocatedBytes() - before;
        assertEquals(size, received.size());
        // One buffer and the digest's state: a file held in memory would allocate at least its own size.
        assertTrue(allocated < size / 16, "allocated " + allocated + " bytes for a " + size + "-byte upload");
    }

    @Test
    void an_upload_over_the_limit_is_refused_when_it_passes_it_and_leaves_nothing() throws IOException {
        AttachmentLimits limits = new AttachmentLimits(1024, 5, 1024, 20);
        AttachmentRuleViolation refused = assertThrows(AttachmentRuleViolation.class,
                () -> new UploadSpool(spool, limits).receive("huge.iso", new Generated(Long.MAX_VALUE)));

        assertEquals(AttachmentRuleViolation.Kind.FILE_TOO_LARGE, refused.kind());
        assertEquals("huge.iso", refused.fileName());
        try (var left = Files.list(spool)) {
            assertEquals(0, left.count(), "the partial file is gone");
        }
    }

    @Test
    void clearing_at_start_removes_old_leftovers_and_leaves_uploads_in_flight() throws IOException {
        Path old = Files.writeString(spool.resolve("upload-1.part"), "left by a crash");
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(java.time.Instant.parse(
                "2026-01-01T00:00:00Z")));
        Path recent = Files.writeString(spool.resolve("upload-2.part"), "another instance's upload");

        new UploadSpool(spool, AttachmentLimits.DEFAULTS).clearBefore(java.time.Instant.parse("2026-06-01T00:00:00Z"));

        assertTrue(Files.notExists(old));
        assertTrue(Files.exists(recent));
    }
}
