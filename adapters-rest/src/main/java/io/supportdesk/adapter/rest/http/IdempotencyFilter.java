package io.supportdesk.adapter.rest.http;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import io.micronaut.http.server.util.HttpClientAddressResolver;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.supportdesk.adapter.rest.problem.Problems;
import io.supportdesk.application.idempotency.port.in.RunIdempotentlyUseCase;
import io.supportdesk.application.idempotency.port.in.RunIdempotentlyUseCase.Attempt;
import io.supportdesk.application.idempotency.port.in.RunIdempotentlyUseCase.Outcome;
import io.supportdesk.application.idempotency.port.out.IdempotencyRecords.StoredResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code Idempotency-Key} on any {@code POST} of the API: the first answer (status, {@code Location}, {@code ETag},
 * body) is kept for 24 h per caller and key; a retry with the same request gets it again with
 * {@code Idempotent-Replayed: true}, the same key with another request is 422 {@code IDEMPOTENCY_KEY_REUSED}, and a
 * retry while the first still runs is 409 {@code IDEMPOTENCY_KEY_IN_USE}. A client that lost an answer can thus
 * retry a creation without creating twice.
 */
// POST only: other requests would hop to a blocking thread twice for nothing.
@ServerFilter(value = "/api/**", methods = HttpMethod.POST)
final class IdempotencyFilter implements Ordered {

    static final String HEADER = "Idempotency-Key";
    private static final String ATTEMPT = IdempotencyFilter.class.getName() + ".attempt";
    /** Retry-After too: an answer that carries it is not kept (RunIdempotentlyService), so the retry runs again. */
    private static final List<String> KEPT_HEADERS = List.of(HttpHeaders.LOCATION, HttpHeaders.ETAG,
            HttpHeaders.CONTENT_TYPE, HttpHeaders.RETRY_AFTER);

    private final RunIdempotentlyUseCase idempotency;
    private final HttpClientAddressResolver clientAddresses;
    private final JsonMapper json;

    IdempotencyFilter(RunIdempotentlyUseCase idempotency, HttpClientAddressResolver clientAddresses, JsonMapper json) {
        this.idempotency = idempotency;
        this.clientAddresses = clientAddresses;
        this.json = json;
    }

    /** After security (who is asking) and the rate limit (a replay is a request too). */
    @Override
    public int getOrder() {
        return ServerFilterPhase.SECURITY.after() + 1;
    }

    @RequestFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    @Nullable
    HttpResponse<?> begin(HttpRequest<?> request) {
        String key = request.getHeaders().get(HEADER);
        if (key == null || request.getMethod() != HttpMethod.POST) {
            return null;
        }
        Attempt attempt;
        try {
            attempt = new Attempt(ApiRequest.callerKey(request, clientAddresses), key.strip(), hash(request));
        } catch (IllegalArgumentException invalid) {
            return Problems.response(HttpStatus.BAD_REQUEST, "INVALID_HEADER", invalid.getMessage());
        }
        return switch (idempotency.begin(attempt)) {
            case Outcome.Run run -> {
                request.setAttribute(ATTEMPT, attempt);
                yield null;
            }
            case Outcome.Replay replay -> replayed(replay.response());
            case Outcome.KeyReused reused -> Problems.response(HttpStatus.UNPROCESSABLE_ENTITY,
                    "IDEMPOTENCY_KEY_REUSED", "This Idempotency-Key was used for another request; use a new key.");
            case Outcome.StillRunning running -> Problems.response(HttpStatus.CONFLICT, "IDEMPOTENCY_KEY_IN_USE",
                            "The first request with this Idempotency-Key has not finished; retry shortly.")
                    .header(HttpHeaders.RETRY_AFTER, "1");
        };
    }

    @ResponseFilter
    @ExecuteOn(TaskExecutors.BLOCKING)
    void finish(HttpRequest<?> request, MutableHttpResponse<?> response) {
        request.getAttribute(ATTEMPT, Attempt.class).ifPresent(attempt -> {
            Map<String, String> headers = new LinkedHashMap<>();
            for (String name : KEPT_HEADERS) {
                String value = response.getHeaders().get(name);
                if (value != null) {
                    headers.put(name, value);
                }
            }
            response.getContentType().ifPresent(type -> headers.put(HttpHeaders.CONTENT_TYPE, type.toString()));
            idempotency.finish(attempt, new StoredResponse(response.code(), headers, body(response)));
        });
    }

    private byte[] body(MutableHttpResponse<?> response) {
        Object body = response.getBody().orElse(null);
        if (body == null) {
            return new byte[0];
        }
        try {
            return body instanceof byte[] bytes ? bytes : json.writeValueAsBytes(body);
        } catch (IOException e) {
            throw new IllegalStateException("cannot keep the answer for an Idempotency-Key", e);
        }
    }

    private static MutableHttpResponse<byte[]> replayed(StoredResponse stored) {
        MutableHttpResponse<byte[]> response = HttpResponse.<byte[]>status(HttpStatus.valueOf(stored.status()))
                .header("Idempotent-Replayed", "true");
        stored.headers().forEach((name, value) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE)) {
                response.header(name, value);
            }
        });
        if (stored.body().length > 0) {
            response.contentType(MediaType.of(stored.headers().getOrDefault(HttpHeaders.CONTENT_TYPE,
                    MediaType.APPLICATION_JSON))).body(stored.body());
        }
        return response;
    }

    /** Method, path with query, and body: what makes a retry the same request. */
    private static String hash(HttpRequest<?> request) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update((request.getMethodName() + " " + request.getUri() + "\n").getBytes(StandardCharsets.UTF_8));
            sha256.update(ApiRequest.bodyCopy(request));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
