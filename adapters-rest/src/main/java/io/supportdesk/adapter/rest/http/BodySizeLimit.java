package io.supportdesk.adapter.rest.http;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.convert.format.ReadableBytes;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.adapter.rest.problem.Problems;

/**
 * The server accepts request bodies as large as an upload may be ({@code micronaut.server.max-request-size}); every
 * body that is not a multipart upload or a CSV import is held to {@code supportdesk.http.max-body-size} (1 MB), since
 * JSON bodies are read whole into memory; a CSV import ({@code text/csv}, read as a stream) to
 * {@code supportdesk.tickets.import.max-file-size}, which its reader also counts for a body without a length.
 * Declared lengths are refused here, before the body is read; a chunked body without one
 * is bounded only by the server's limit (a known gap, docs/attachment-stores.md).
 */
@ServerFilter(value = "/**", methods = {HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE})
final class BodySizeLimit {

    private final long maxBodySize;
    private final long maxCsvSize;

    BodySizeLimit(@ReadableBytes @Value("${supportdesk.http.max-body-size:1MB}") long maxBodySize,
                  @ReadableBytes @Value("${supportdesk.tickets.import.max-file-size:10MB}") long maxCsvSize) {
        this.maxBodySize = maxBodySize;
        this.maxCsvSize = maxCsvSize;
    }

    @RequestFilter
    @Nullable
    HttpResponse<Problem> check(HttpRequest<?> request) {
        boolean upload = request.getContentType().map(type -> type.getName()
                .equals(MediaType.MULTIPART_FORM_DATA)).orElse(false);
        // A CSV import is read as a stream, row by row, not into memory whole: it has a limit of its own.
        boolean csv = request.getContentType().map(type -> type.getName().equals(MediaType.TEXT_CSV)).orElse(false);
        if (csv && request.getContentLength() > maxCsvSize) {
            return Problems.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                    "The CSV file is larger than " + maxCsvSize + " bytes, the most an import takes "
                            + "(IMPORT_MAX_FILE_SIZE).");
        }
        if (!upload && !csv && request.getContentLength() > maxBodySize) {
            return tooLarge(maxBodySize);
        }
        return null;
    }

    static HttpResponse<Problem> tooLarge(long limit) {
        return Problems.response(HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE",
                "The request body is larger than " + limit + " bytes, the most this server accepts outside an upload.");
    }
}
