package io.supportdesk.adapter.rest.attachment;

import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.http.multipart.CompletedPart;
import io.micronaut.http.server.multipart.MultipartBody;
import io.supportdesk.adapter.rest.problem.InvalidRequestException;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.application.attachment.UploadSpool;
import io.supportdesk.application.attachment.port.in.ReceivedFile;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * A multipart request read on a blocking thread: each {@code file} part streamed through the {@link UploadSpool}
 * (Netty has already put any large part on disk, see {@code micronaut.server.multipart} in application.yml), the
 * other parts kept as short text fields. The received files are deleted by {@link #close()}, whatever happened.
 */
final class MultipartUploads implements AutoCloseable {

    private static final int MAX_FIELD_BYTES = 64 * 1024;

    private final List<ReceivedFile> files = new ArrayList<>();
    private final Map<String, String> fields = new HashMap<>();

    private MultipartUploads() {
    }

    static MultipartUploads read(MultipartBody body, UploadSpool spool) {
        List<CompletedPart> parts = collect(body);
        MultipartUploads uploads = new MultipartUploads();
        try {
            for (CompletedPart part : parts) {
                if (part instanceof CompletedFileUpload file && "file".equals(part.getName())) {
                    try (InputStream content = file.getInputStream()) {
                        uploads.files.add(spool.receive(file.getFilename(), content));
                    }
                } else if (part instanceof CompletedFileUpload other) {
                    throw invalid(other.getName(), "files go in parts named 'file'");
                } else {
                    byte[] value = part.getBytes();
                    if (value.length > MAX_FIELD_BYTES) {
                        throw invalid(part.getName(), "a form field holds at most 64 KB");
                    }
                    if (uploads.fields.putIfAbsent(part.getName(), new String(value, StandardCharsets.UTF_8))
                            != null) {
                        throw invalid(part.getName(), "given more than once");
                    }
                }
            }
            return uploads;
        } catch (IOException e) {
            uploads.close();
            throw new UncheckedIOException(e);
        } catch (RuntimeException e) {
            uploads.close();
            throw e;
        }
    }

    List<ReceivedFile> files() {
        return files;
    }

    Optional<String> field(String name) {
        return Optional.ofNullable(fields.get(name));
    }

    /** Fields the endpoint does not know are refused, as unknown JSON properties are. */
    void allowOnly(String... names) {
        for (String name : fields.keySet()) {
            if (!List.of(names).contains(name)) {
                throw invalid(name, "unknown form field; expected "
                        + String.join(", ", names) + " or 'file'");
            }
        }
    }

    static InvalidRequestException invalid(String field, String message) {
        return InvalidRequestException.validationFailed(List.of(new Problem.FieldError(field, message)));
    }

    @Override
    public void close() {
        files.forEach(file -> UploadSpool.discard(file.file()));
    }

    /** Waits (on this blocking thread) for every part to arrive. */
    private static List<CompletedPart> collect(MultipartBody body) {
        CompletableFuture<List<CompletedPart>> done = new CompletableFuture<>();
        body.subscribe(new Subscriber<>() {
            private final List<CompletedPart> parts = new ArrayList<>();

            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(Long.MAX_VALUE);
            }

            @Override
            public void onNext(CompletedPart part) {
                parts.add(part);
            }

            @Override
            public void onError(Throwable error) {
                done.completeExceptionally(error);
            }

            @Override
            public void onComplete() {
                done.complete(parts);
            }
        });
        try {
            return done.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }
}
