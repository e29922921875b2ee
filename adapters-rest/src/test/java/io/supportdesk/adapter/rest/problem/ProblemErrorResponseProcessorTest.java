package io.supportdesk.adapter.rest.problem;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import org.junit.jupiter.api.Test;

import java.sql.SQLException;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
    void any_other_database_failure_stays_a_server_error_without_its_message() {
        RuntimeException broken = new RuntimeException("boom", new SQLException("connection reset", "08006"));
        MutableHttpResponse<Problem> response = processor.processResponse(
                ErrorContext.builder(HttpRequest.GET("/api/v1/tickets")).cause(broken).build(),
                HttpResponse.serverError());
        assertEquals(500, response.code());
        assertEquals("INTERNAL_ERROR", response.body().code());
        assertEquals(false, response.body().detail().contains("connection reset"));
    }
}
