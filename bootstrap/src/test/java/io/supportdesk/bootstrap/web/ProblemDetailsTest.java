package io.supportdesk.bootstrap.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.bootstrap.testing.SystemTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every kind of bad request gets an RFC 9457 problem detail, never a stack trace or an HTML page. */
@SystemTest
class ProblemDetailsTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return Map.of("supportdesk.test.probe", "true", "micronaut.server.max-request-size", "4KB");
    }

    private HttpResponse<Map> exchangeError(HttpRequest<?> request) {
        HttpClientResponseException e = org.junit.jupiter.api.Assertions.assertThrows(
                HttpClientResponseException.class,
                () -> client.toBlocking().exchange(request, Argument.of(Map.class), Argument.of(Map.class)));
        return (HttpResponse<Map>) e.getResponse();
    }

    private static Map<String, Object> problemOf(HttpResponse<Map> response, HttpStatus expected, String code) {
        assertEquals(expected, response.getStatus());
        assertEquals("application/problem+json", response.getContentType().orElseThrow().toString());
        Map<String, Object> body = response.getBody(Argument.mapOf(String.class, Object.class)).orElseThrow();
        assertEquals(expected.getCode(), ((Number) body.get("status")).intValue());
        assertEquals(code, body.get("code"));
        assertTrue(String.valueOf(body.get("type")).startsWith("urn:supportdesk:problem:"));
        assertTrue(body.containsKey("title"));
        assertTrue(body.containsKey("detail"));
        assertTrue(body.get("errors") instanceof List<?>);
        return body;
    }

    @Test
    void an_unknown_route_is_a_404_problem() {
        problemOf(exchangeError(HttpRequest.GET("/no/such/thing")), HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    @Test
    void an_unknown_route_is_a_problem_even_for_a_browser_asking_for_html() {
        problemOf(exchangeError(HttpRequest.GET("/no/such/thing").accept(MediaType.TEXT_HTML)),
                HttpStatus.NOT_FOUND, "NOT_FOUND");
    }

    @Test
    void a_wrong_method_is_a_405_problem() {
        problemOf(exchangeError(HttpRequest.DELETE("/test-probe")), HttpStatus.METHOD_NOT_ALLOWED,
                "METHOD_NOT_ALLOWED");
    }

    @Test
    void a_wrong_media_type_is_a_415_problem() {
        problemOf(exchangeError(HttpRequest.POST("/test-probe", "some_name=x").contentType(MediaType.TEXT_PLAIN)),
                HttpStatus.UNSUPPORTED_MEDIA_TYPE, "UNSUPPORTED_MEDIA_TYPE");
    }

    @Test
    void malformed_json_is_a_400_problem() {
        problemOf(exchangeError(HttpRequest.POST("/test-probe", "{\"some_name\": ").contentType(MediaType.APPLICATION_JSON)),
                HttpStatus.BAD_REQUEST, "MALFORMED_JSON");
    }

    @Test
    void an_unknown_field_is_rejected_and_named() {
        Map<String, Object> body = problemOf(exchangeError(HttpRequest.POST("/test-probe",
                        "{\"some_name\": \"a\", \"count\": 1, \"is_admin\": true}").contentType(MediaType.APPLICATION_JSON)),
                HttpStatus.BAD_REQUEST, "UNKNOWN_FIELD");
        assertEquals("is_admin", ((Map<?, ?>) ((List<?>) body.get("errors")).get(0)).get("field"));
    }

    @Test
    void an_oversized_body_is_a_413_problem() {
        String big = "{\"some_name\": \"" + "x".repeat(10_000) + "\", \"count\": 1}";
        problemOf(exchangeError(HttpRequest.POST("/test-probe", big).contentType(MediaType.APPLICATION_JSON)),
                HttpStatus.REQUEST_ENTITY_TOO_LARGE, "PAYLOAD_TOO_LARGE");
    }

    @Test
    void a_query_parameter_of_the_wrong_type_is_a_400_problem_naming_it() {
        Map<String, Object> body = problemOf(exchangeError(HttpRequest.GET("/test-probe/typed?page=abc")),
                HttpStatus.BAD_REQUEST, "INVALID_PARAMETER");
        assertEquals("page", ((Map<?, ?>) ((List<?>) body.get("errors")).get(0)).get("field"));
    }

    @Test
    void a_server_error_hides_the_exception_and_gives_a_reference() {
        Map<String, Object> body = problemOf(exchangeError(HttpRequest.GET("/test-probe/boom")),
                HttpStatus.INTERNAL_SERVER_ERROR, "INTERNAL_ERROR");
        String detail = String.valueOf(body.get("detail"));
        assertFalse(detail.contains("hunter2"), detail);
        assertFalse(detail.contains("IllegalStateException"), detail);
        assertTrue(detail.contains("reference"), detail);
    }

    @Test
    void json_is_snake_case_and_timestamps_are_iso_8601_utc() {
        HttpResponse<String> response = client.toBlocking().exchange(
                HttpRequest.POST("/test-probe", "{\"some_name\": \"a\", \"count\": 2}").contentType(MediaType.APPLICATION_JSON),
                String.class);
        String json = response.body();
        assertTrue(json.contains("\"some_name\":\"a\""), json);
        assertTrue(json.contains("\"seen_at\":\"2026-01-02T03:04:05Z\""), json);
    }
}
