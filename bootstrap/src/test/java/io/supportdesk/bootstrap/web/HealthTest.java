package io.supportdesk.bootstrap.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.micronaut.management.health.indicator.HealthIndicator;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Liveness and readiness, the latter including the database. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HealthTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;

    @Override
    public Map<String, String> getProperties() {
        return TestDatabase.stringProperties();
    }

    @Inject
    List<HealthIndicator> indicators;

    @Test
    void health_is_up_and_its_readiness_includes_the_database() {
        Map<String, Object> health = client.toBlocking().retrieve(HttpRequest.GET("/health"),
                Argument.mapOf(String.class, Object.class));
        assertEquals("UP", health.get("status"));
        assertTrue(indicators.stream().anyMatch(JdbcIndicator.class::isInstance),
                () -> "health indicators: " + indicators);
    }

    @Test
    void an_anonymous_caller_gets_exactly_the_status() {
        String body = client.toBlocking().retrieve(HttpRequest.GET("/health"), String.class);
        assertEquals("{\"status\":\"UP\"}", body);
    }

    @Test
    void the_info_endpoint_names_the_application_and_its_version() {
        Map<String, Object> info = client.toBlocking().retrieve(HttpRequest.GET("/info"),
                Argument.mapOf(String.class, Object.class));
        @SuppressWarnings("unchecked")
        Map<String, Object> app = (Map<String, Object>) info.get("app");
        assertEquals("Supportdesk", app.get("name"));
        assertTrue(String.valueOf(app.get("version")).matches("\\d+\\.\\d+\\.\\d+.*"), () -> "info: " + info);
    }

    @Test
    void anonymous_callers_do_not_see_infrastructure_details() {
        Map<String, Object> health = client.toBlocking().retrieve(HttpRequest.GET("/health"),
                Argument.mapOf(String.class, Object.class));
        assertFalse(String.valueOf(health).contains("jdbc:postgresql"), () -> "health: " + health);
    }

    @Inject
    io.micronaut.data.jdbc.runtime.JdbcOperations jdbc;
    @Inject
    io.micronaut.transaction.TransactionOperations<java.sql.Connection> transactions;
    @Inject
    io.micronaut.security.token.generator.TokenGenerator tokens;

    @Test
    void only_administrators_see_which_database_the_service_talks_to() {
        for (String role : List.of("customer", "agent", "manager")) {
            String health = client.toBlocking().retrieve(HttpRequest.GET("/health").bearerAuth(tokenOf(role)));
            assertEquals("{\"status\":\"UP\"}", health, role);
        }
        String admin = client.toBlocking().retrieve(HttpRequest.GET("/health").bearerAuth(tokenOf("admin")));
        assertTrue(admin.contains("jdbc:postgresql"), admin);
    }

    private String tokenOf(String role) {
        var id = transactions.executeWrite(status -> io.supportdesk.adapter.persistence.testing.TestUsers.insert(jdbc,
                role));
        return tokens.generateToken(Map.of("sub", String.valueOf(id.value()), "roles", List.of(role))).orElseThrow();
    }

    @Test
    void liveness_and_readiness_are_up() {
        assertEquals("UP", client.toBlocking().retrieve(HttpRequest.GET("/health/liveness"),
                Argument.mapOf(String.class, Object.class)).get("status"));
        Map<String, Object> readiness = client.toBlocking().retrieve(HttpRequest.GET("/health/readiness"),
                Argument.mapOf(String.class, Object.class));
        assertEquals("UP", readiness.get("status"));
    }
}
