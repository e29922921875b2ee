package io.supportdesk.adapter.rest.problem;

import io.micronaut.context.BeanLocator;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

class ProblemErrorResponseProcessorTest {

    private final ProblemErrorResponseProcessor processor = new ProblemErrorResponseProcessor();

    @Test
    void a_value_the_database_refuses_is_the_clients_422_not_our_500() {
        // What PostgreSQL answers for a NUL byte in text, wrapped the way a data layer wraps it.
        RuntimeException refused = new RuntimeException("could not insert",
                new SQLException("invalid byte sequence for encoding \"UTF8\": 0x00", "22021"));
        MutableHttpResponse<Problem> response = processor.processResponse(
                ErrorContext.builder(HttpRequest.POST("/api/v1/tickets", "{}")).cause(refused).build(),
                HttpResponse.serverError());
        assertEquals(422, response.code());
        assertEquals("UNSTORABLE_VALUE", response.body().code());
    }

    @Test
    void a_database_that_cannot_serve_the_request_now_is_a_503_to_retry_after_a_few_seconds() {
        List<SQLException> failures = List.of(
                // Hikari's pool timeout: no state while the database itself is fine.
                new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out"),
                new SQLException("An I/O error occurred while sending to the backend.", "08006"),
                new SQLException("terminating connection due to administrator command", "57P01"),
                // Hikari's answer on a connection it retired after such a failure, met by the clean-up after it.
                new SQLException("Connection is closed"),
                new SQLException("the database system is starting up", "57P03"),
                new SQLException("canceling statement due to statement timeout", "57014"),
                new SQLException("canceling statement due to lock timeout", "55P03"),
                new SQLException("could not extend file \"base/13695/16646\": No space left on device", "53100"));
        for (SQLException failure : failures) {
            MutableHttpResponse<Problem> response = processor.processResponse(ErrorContext.builder(
                            HttpRequest.GET("/api/v1/tickets")).cause(new RuntimeException("wrapped", failure)).build(),
                    HttpResponse.serverError());
            assertEquals(503, response.code(), failure::getMessage);
            assertEquals("SERVICE_UNAVAILABLE", response.body().code());
            assertEquals("5", response.getHeaders().get(HttpHeaders.RETRY_AFTER), failure::getMessage);
            assertFalse(response.body().detail().contains(failure.getMessage()), response.body().detail());
        }
    }

    @Test
    void any_other_database_failure_stays_a_server_error_without_its_message() {
        RuntimeException broken = new RuntimeException("boom",
                new SQLException("relation \"tickets\" does not exist", "42P01"));
        MutableHttpResponse<Problem> response = processor.processResponse(
                ErrorContext.builder(HttpRequest.GET("/api/v1/tickets")).cause(broken).build(),
                HttpResponse.serverError());
        assertEquals(500, response.code());
        assertEquals("INTERNAL_ERROR", response.body().code());
        assertFalse(response.body().detail().contains("does not exist"));
        assertNull(response.getHeaders().get(HttpHeaders.RETRY_AFTER));
    }

    @Test
    void a_bulk_item_the_database_could_not_serve_reports_the_same_503() {
        BeanLocator noHandlers = (BeanLocator) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[]{BeanLocator.class}, (proxy, method, args) -> Optional.empty());
        Problem problem = new ExceptionProblems(noHandlers).of(HttpRequest.POST("/api/v1/tickets/bulk", "{}"),
                new RuntimeException("wrapped", new SQLTransientConnectionException("request timed out")));
        assertEquals(503, problem.status());
        assertEquals("SERVICE_UNAVAILABLE", problem.code());
    }
}
