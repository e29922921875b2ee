package io.supportdesk.adapter.storage;

import io.supportdesk.application.attachment.BlobStoreContract;
import io.supportdesk.application.attachment.port.out.BlobStore;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The S3 store against a real S3-compatible server: S3Proxy in this process, keeping its objects in a temporary
 * directory (jclouds' filesystem provider), with S3's signature checks on (decision 0060). No mock of the SDK.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class S3BlobStoreTest extends BlobStoreContract {

    private static final String ACCESS_KEY = "supportdesk-test";
    private static final String SECRET_KEY = "a secret only this test knows";
    private static final String BUCKET = "attachments";

    private Path objects;
    private S3Proxy server;
    private BlobStoreContext backend;
    private S3BlobStore store;

    @BeforeAll
    void anS3Server() throws Exception {
        objects = Files.createTempDirectory("s3proxy");
        Properties properties = new Properties();
        properties.setProperty("jclouds.filesystem.basedir", objects.toString());
        backend = ContextBuilder.newBuilder("filesystem").overrides(properties)
                .credentials("identity", "credential").build(BlobStoreContext.class);
        backend.getBlobStore().createContainerInLocation(null, BUCKET);
        server = S3Proxy.builder().blobStore(backend.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, SECRET_KEY)
                .build();
        server.start();
        store = new S3Settings(BUCKET, "us-east-1", Optional.of(URI.create("http://127.0.0.1:" + server.getPort())),
                true, "blobs/", Optional.of(ACCESS_KEY), Optional.of(SECRET_KEY)).store();
    }

    @AfterAll
    void stop() throws Exception {
        server.stop();
        backend.close();
    }

    @Override
    protected BlobStore store() {
        return store;
    }

    @Test
    void a_presigned_link_reads_the_bytes_without_credentials_and_names_the_file() throws IOException,
            InterruptedException {
        Upload upload = upload(randomBytes(3_000));
        store.put(upload.hash(), upload.file(), 3_000);

        URI link = store.presignedDownload(upload.hash(), Duration.ofMinutes(5), "Invoice März.pdf",
                "application/pdf").orElseThrow();

        HttpResponse<InputStream> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(link).build(),
                HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, response.statusCode());
        try (InputStream body = response.body()) {
            assertArrayEquals(upload.bytes(), body.readAllBytes());
        }
        String disposition = response.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment; filename=\"Invoice M_rz.pdf\""), disposition);
        assertTrue(disposition.contains("filename*=UTF-8''Invoice%20M%C3%A4rz.pdf"), disposition);
    }
}
