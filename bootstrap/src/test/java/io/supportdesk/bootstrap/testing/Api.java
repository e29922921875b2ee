package io.supportdesk.bootstrap.testing;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.json.JsonMapper;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;

/**
 * The one HTTP client of the system tests: every answer, success or problem, comes back as a {@link Reply} of
 * status, JSON body and the raw response.
 *
 * <p>Each instance speaks from a client address of its own ({@code X-Forwarded-For}, believed because the test
 * environment trusts the loopback address as a proxy: application-test.yml), so that per-address limits — the
 * sign-in throttle above all — of one test do not spill into another. A request that names its own
 * {@code X-Forwarded-For} keeps it.
 */
public final class Api {

    private static final String FORWARDED_FOR = "X-Forwarded-For";
    private static final JsonMapper JSON = JsonMapper.createDefault();

    /** Random start: against a kept TEST_DATABASE_URL, the last run's failures are still in the window. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(new Random().nextInt(1 << 23));

    /** An answer with a JSON object body (or none). */
    public record Reply(int status, Map<String, Object> body, HttpResponse<?> raw) {

        @SuppressWarnings("unchecked")
        public <T> T get(String key) {
            return (T) body.get(key);
        }

        public String string(String key) {
            return (String) body.get(key);
        }

        /** The problem code of an error answer. */
        public String code() {
            return string("code");
        }

        public Optional<String> header(String name) {
            return Optional.ofNullable(raw.getHeaders().get(name));
        }

        public String contentType() {
            return raw.getContentType().map(MediaType::toString).orElse("");
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> errors() {
            return (List<Map<String, Object>>) body.getOrDefault("errors", List.of());
        }

        public List<String> errorFields() {
            return errors().stream().map(error -> (String) error.get("field")).toList();
        }

        /** The body without its {@code request_id}, which names this one request: for comparing two answers. */
        public Map<String, Object> bodyAside() {
            Map<String, Object> copy = new java.util.LinkedHashMap<>(body);
            copy.remove("request_id");
            return copy;
        }

        @SuppressWarnings("unchecked")
        public List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) body.get("items");
        }
    }

    /** An answer whose body need not be a JSON object (a list, a page, nothing at all): status and text. */
    public record TextReply(int status, String body) {
    }

    private final HttpClient client;
    private final String address;

    public Api(HttpClient client) {
        this.client = client;
        int n = ADDRESSES.incrementAndGet();
        this.address = "10." + (n >> 16 & 0xFF) + "." + (n >> 8 & 0xFF) + "." + (n & 0xFF);
    }

    /** The client address this instance claims. */
    public String address() {
        return address;
    }

    public Reply send(MutableHttpRequest<?> request, String token) {
        return send(request, token, UnaryOperator.identity());
    }

    /** Sends the request after {@code customise} has added to it (headers such as If-Match or Idempotency-Key). */
    public Reply send(MutableHttpRequest<?> request, String token, UnaryOperator<MutableHttpRequest<?>> customise) {
        MutableHttpRequest<?> prepared = prepare(customise.apply(request), token);
        try {
            HttpResponse<Map> response = client.toBlocking().exchange(prepared, Argument.of(Map.class),
                    Argument.of(Map.class));
            return new Reply(response.code(), bodyOf(response), response);
        } catch (HttpClientResponseException e) {
            return new Reply(e.getResponse().code(), bodyOf(e.getResponse()), e.getResponse());
        }
    }

    public TextReply sendForText(MutableHttpRequest<?> request, String token) {
        MutableHttpRequest<?> prepared = prepare(request, token);
        try {
            HttpResponse<String> response = client.toBlocking().exchange(prepared, Argument.STRING, Argument.STRING);
            return new TextReply(response.code(), response.getBody().orElse(""));
        } catch (HttpClientResponseException e) {
            return new TextReply(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""));
        }
    }

    /** The whole response with its body as text, whatever its status (a file download, its headers included). */
    public HttpResponse<String> exchangeText(MutableHttpRequest<?> request, String token) {
        MutableHttpRequest<?> prepared = prepare(request, token);
        try {
            return client.toBlocking().exchange(prepared, Argument.STRING, Argument.STRING);
        } catch (HttpClientResponseException e) {
            @SuppressWarnings("unchecked")
            HttpResponse<String> response = (HttpResponse<String>) e.getResponse();
            return response;
        }
    }

    /** Every item of a list paged by cursor (a ticket's history), following {@code next_cursor} to its end. */
    public List<Map<String, Object>> list(String uri, String token) {
        List<Map<String, Object>> all = new java.util.ArrayList<>();
        String cursor = null;
        do {
            Reply page = get(uri + (cursor == null ? "" : (uri.contains("?") ? "&" : "?") + "cursor=" + cursor),
                    token);
            if (page.status() != 200) {
                throw new IllegalStateException(uri + " answered " + page.status() + ": " + page.body());
            }
            all.addAll(page.items());
            cursor = page.string("next_cursor");
        } while (cursor != null);
        return all;
    }

    public Reply get(String uri, String token) {
        return send(HttpRequest.GET(uri), token);
    }

    public Reply post(String uri, Object body, String token) {
        return send(HttpRequest.POST(uri, body), token);
    }

    public Reply put(String uri, Object body, String token) {
        return send(HttpRequest.PUT(uri, body).contentType(MediaType.APPLICATION_JSON_TYPE), token);
    }

    public Reply patch(String uri, Object body, String token) {
        return send(HttpRequest.PATCH(uri, body), token);
    }

    public Reply delete(String uri, String token) {
        return send(HttpRequest.DELETE(uri), token);
    }

    /**
     * Gives a request the emptiest body its route takes ({@code consumes}: media type names): an OAuth form, a
     * multipart upload with no file, or an empty JSON object. Sent without a token it shows whether the route lets the
     * caller in; past the door the route refuses the body for what it lacks.
     */
    public static void withEmptyBody(MutableHttpRequest<Object> request, java.util.Collection<String> consumes) {
        if (consumes.contains(MediaType.APPLICATION_FORM_URLENCODED)) {
            request.body(Map.of("grant_type", "")).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        } else if (consumes.contains(MediaType.MULTIPART_FORM_DATA) && !consumes.contains(MediaType.APPLICATION_JSON)) {
            request.body(io.micronaut.http.client.multipart.MultipartBody.builder().addPart("note", "no file")
                    .build()).contentType(MediaType.MULTIPART_FORM_DATA_TYPE);
        } else if (consumes.contains("text/csv") && !consumes.contains(MediaType.APPLICATION_JSON)) {
            request.body("").contentType("text/csv");
        } else {
            request.body(Map.of()).contentType(MediaType.APPLICATION_JSON_TYPE);
        }
    }

    /** A form post, as OAuth 2.0 clients send it. */
    public Reply form(String uri, Map<String, String> fields) {
        return send(HttpRequest.POST(uri, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), null);
    }

    /** Signs in over HTTP; the token pair as the server answered it. */
    public Reply logIn(String email, String password) {
        return post("/api/v1/auth/login", Map.of("email", email, "password", password), null);
    }

    private MutableHttpRequest<?> prepare(MutableHttpRequest<?> request, String token) {
        if (!request.getHeaders().contains(FORWARDED_FOR)) {
            request.header(FORWARDED_FOR, address);
        }
        if (token != null) {
            request.bearerAuth(token);
        }
        return request;
    }

    /**
     * The JSON object of a response. The client hands some error bodies over only as text (a 503 problem came back
     * empty as a map, whole as a string), so those are read here.
     */
    private static Map<String, Object> bodyOf(HttpResponse<?> response) {
        return response.getBody(Argument.mapOf(String.class, Object.class))
                .or(() -> response.getBody(String.class).filter(text -> text.startsWith("{")).map(Api::parse))
                .orElse(Map.of());
    }

    private static Map<String, Object> parse(String json) {
        try {
            return JSON.readValue(json, Argument.mapOf(String.class, Object.class));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("not a JSON object: " + json, e);
        }
    }
}
