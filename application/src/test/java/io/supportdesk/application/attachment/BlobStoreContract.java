package io.supportdesk.application.attachment;

import io.supportdesk.application.attachment.port.out.BlobStore;
import io.supportdesk.application.attachment.port.out.BlobStore.Blob;
import io.supportdesk.application.attachment.port.out.BlobStore.ByteRange;
import io.supportdesk.domain.attachment.ContentHash;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Optional;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link BlobStore} promises, run against each (the filesystem store, the S3 store against a real
 * S3-compatible server, the in-memory fake): content addressing, stored once, ranges, deletion.
 */
public abstract class BlobStoreContract {

    @TempDir
    protected Path files;

    protected abstract BlobStore store();

    /** A file of these bytes, and their hash. */
    protected record Upload(Path file, ContentHash hash, byte[] bytes) {
    }

    protected Upload upload(byte[] bytes) {
        try {
            Path file = Files.createTempFile(files, "upload", ".bin");
            Files.write(file, bytes);
            return new Upload(file, ContentHash.of(MessageDigest.getInstance("SHA-256").digest(bytes)), bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Random bytes, different for every call, so tests sharing one store never share content by accident. */
    protected static byte[] randomBytes(int size) {
        byte[] bytes = new byte[size];
        new Random().nextBytes(bytes);
        return bytes;
    }

    private static byte[] read(Blob blob) {
        try (InputStream in = blob.content()) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void bytes_are_stored_under_their_hash_and_read_back_whole() {
        Upload upload = upload(randomBytes(70_000));

        assertTrue(store().put(upload.hash(), upload.file(), upload.bytes().length));

        assertTrue(store().exists(upload.hash()));
        Blob blob = store().open(upload.hash(), Optional.empty()).orElseThrow();
        assertEquals(70_000, blob.size());
        assertEquals(70_000, blob.length());
        assertArrayEquals(upload.bytes(), read(blob));
    }

    @Test
    void the_same_bytes_are_stored_once() {
        byte[] bytes = ("the same invoice " + System.nanoTime()).getBytes(StandardCharsets.UTF_8);
        Upload first = upload(bytes);
        Upload again = upload(bytes);

        assertTrue(store().put(first.hash(), first.file(), bytes.length));
        assertFalse(store().put(again.hash(), again.file(), bytes.length), "already there");
        assertArrayEquals(bytes, read(store().open(first.hash(), Optional.empty()).orElseThrow()));
    }

    @Test
    void a_range_reads_those_bytes_and_a_range_past_the_end_stops_at_the_end() {
        Upload upload = upload(randomBytes(1_000));
        store().put(upload.hash(), upload.file(), 1_000);

        Blob middle = store().open(upload.hash(), Optional.of(new ByteRange(100, 199))).orElseThrow();
        assertEquals(100, middle.length());
        assertEquals(1_000, middle.size());
        assertArrayEquals(Arrays.copyOfRange(upload.bytes(), 100, 200), read(middle));

        Blob tail = store().open(upload.hash(), Optional.of(new ByteRange(990, 5_000))).orElseThrow();
        assertEquals(10, tail.length());
        assertArrayEquals(Arrays.copyOfRange(upload.bytes(), 990, 1_000), read(tail));
    }

    @Test
    void nothing_is_found_under_a_hash_never_stored_and_deleting_it_says_so() {
        ContentHash unknown = upload(randomBytes(10)).hash();

        assertFalse(store().exists(unknown));
        assertEquals(Optional.empty(), store().open(unknown, Optional.empty()));
        assertFalse(store().delete(unknown));
    }

    @Test
    void deleted_bytes_are_gone_and_may_be_stored_again() {
        Upload upload = upload(randomBytes(2_048));
        store().put(upload.hash(), upload.file(), 2_048);

        assertTrue(store().delete(upload.hash()));

        assertFalse(store().exists(upload.hash()));
        assertEquals(Optional.empty(), store().open(upload.hash(), Optional.empty()));
        assertTrue(store().put(upload.hash(), upload.file(), 2_048), "new again");
        assertArrayEquals(upload.bytes(), read(store().open(upload.hash(), Optional.empty()).orElseThrow()));
    }

    @Test
    void an_empty_file_is_a_blob_too() {
        Upload empty = upload(new byte[0]);

        assertTrue(store().put(empty.hash(), empty.file(), 0));

        Blob blob = store().open(empty.hash(), Optional.empty()).orElseThrow();
        assertEquals(0, blob.size());
        assertArrayEquals(new byte[0], read(blob));
    }
}
