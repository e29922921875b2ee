package io.supportdesk.bootstrap.ticket;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.exceptions.HttpClientResponseException;

import java.util.Map;
import java.util.function.UnaryOperator;

/** A tiny JSON client for system tests: every answer, success or problem, comes back as status + map body. */
public final class ApiClient {

    public record Reply(int status, Map<String, Object> body, HttpResponse<?> raw) {
        @SuppressWarnings("unchecked")
        public <T> T get(String key) {
            return (T) body.get(key);
        }
    }

    private final HttpClient client;

    public ApiClient(HttpClient client) {
        this.client = client;
    }

    public Reply send(MutableHttpRequest<?> request, String token) {
        return send(request, token, UnaryOperator.identity());
    }

    public Reply send(MutableHttpRequest<?> request, String token, UnaryOperator<MutableHttpRequest<?>> customise) {
        if (token != null) {
            request.bearerAuth(token);
        }
        MutableHttpRequest<?> finalRequest = customise.apply(request);
        try {
            HttpResponse<Map> response = client.toBlocking().exchange(finalRequest, Argument.of(Map.class),
                    Argument.of(Map.class));
            return new Reply(response.code(), response.getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of()),
                    response);
        } catch (HttpClientResponseException e) {
            HttpResponse<?> response = e.getResponse();
            Map<String, Object> body = response.getBody(Argument.mapOf(String.class, Object.class)).orElse(Map.of());
            return new Reply(response.code(), body, response);
        }
    }

    public Reply get(String uri, String token) {
        return send(HttpRequest.GET(uri), token);
    }

    public Reply post(String uri, Object body, String token) {
        return send(HttpRequest.POST(uri, body), token);
    }

    /** An answer whose body need not be a JSON object (a list, nothing at all): status and text. */
    public record TextReply(int status, String body) {
    }

    public TextReply sendForText(MutableHttpRequest<?> request, String token) {
        if (token != null) {
            request.bearerAuth(token);
        }
        try {
            HttpResponse<String> response = client.toBlocking().exchange(request, Argument.STRING, Argument.STRING);
            return new TextReply(response.code(), response.getBody().orElse(""));
        } catch (HttpClientResponseException e) {
            return new TextReply(e.getStatus().getCode(), e.getResponse().getBody(String.class).orElse(""));
        }
    }
}
