package io.supportdesk.adapter.storage;

import io.supportdesk.application.attachment.BlobStoreContract;
import io.supportdesk.application.attachment.port.out.BlobStore;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class FilesystemBlobStoreTest extends BlobStoreContract {

    private Path root;
    private FilesystemBlobStore store;

    @BeforeEach
    void aStore() throws IOException {
        root = Files.createDirectories(files.resolve("attachments"));
        store = new FilesystemBlobStore(root);
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Test
    void a_blob_is_one_file_under_its_hash_and_nothing_half_written_is_left_beside_it() throws IOException {
        Upload upload = upload(randomBytes(5_000));

        store.put(upload.hash(), upload.file(), 5_000);

        String hex = upload.hash().hex();
        Path file = root.resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
        assertTrue(Files.isRegularFile(file));
        try (Stream<Path> all = Files.walk(root)) {
            assertEquals(1, all.filter(Files::isRegularFile).count(), "no .partial file left");
        }
        assertTrue(Files.exists(upload.file()), "the upload itself is the caller's to delete");
    }
}
