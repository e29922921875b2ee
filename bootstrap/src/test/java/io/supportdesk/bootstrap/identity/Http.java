package io.supportdesk.bootstrap.identity;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small client for the account tests: every answer, success or problem, comes back as status, headers and a map.
 * Each instance speaks from its own client address ({@code X-Forwarded-For}, believed in these tests because the
 * test environment trusts the loopback address as a proxy: application-test.yml), so the
 * per-address sign-in limit of one test does not spill into another.
 */
final class Http {

    /** Random start: against a kept TEST_DATABASE_URL, the last run's failures are still in the window. */
    private static final AtomicInteger ADDRESSES = new AtomicInteger(new java.util.Random().nextInt(1 << 23));

    record Reply(int status, Map<String, Object> body, HttpResponse<?> raw) {

        String string(String key) {
            return (String) body.get(key);
        }

        String code() {
            return string("code");
        }

        Optional<String> header(String name) {
            return Optional.ofNullable(raw.getHeaders().get(name));
        }

        String contentType() {
            return raw.getContentType().map(MediaType::toString).orElse("");
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> errors() {
            return (List<Map<String, Object>>) body.getOrDefault("errors", List.of());
        }

        List<String> errorFields() {
            return errors().stream().map(error -> (String) error.get("field")).toList();
        }

        @SuppressWarnings("unchecked")
        List<Map<String, Object>> items() {
            return (List<Map<String, Object>>) body.get("items");
        }
    }

    private final HttpClient client;
    private final String address;

    Http(HttpClient client) {
        this.client = client;
        int n = ADDRESSES.incrementAndGet();
        this.address = "10." + (n >> 16 & 0xFF) + "." + (n >> 8 & 0xFF) + "." + (n & 0xFF);
    }

    String address() {
        return address;
    }

    Reply send(MutableHttpRequest<?> request, String token) {
        request.header("X-Forwarded-For", address);
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<Map> response = client.toBlocking().exchange(request, Argument.of(Map.class),
                    Argument.of(Map.class));
            return new Reply(response.code(),
                    response.getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of()), response);
        } catch (HttpClientResponseException e) {
            HttpResponse<?> response = e.getResponse();
            return new Reply(response.code(),
                    response.getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of()), response);
        }
    }

    Reply get(String uri, String token) {
        return send(HttpRequest.GET(uri), token);
    }

    Reply post(String uri, Object body, String token) {
        return send(HttpRequest.POST(uri, body), token);
    }

    Reply patch(String uri, Object body, String token) {
        return send(HttpRequest.PATCH(uri, body), token);
    }

    Reply form(String uri, Map<String, String> fields) {
        return send(HttpRequest.POST(uri, fields).contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE), null);
    }

    /** Signs in over HTTP; the token pair as the server answered it. */
    Reply logIn(String email, String password) {
        return post("/api/v1/auth/login", Map.of("email", email, "password", password), null);
    }
}
