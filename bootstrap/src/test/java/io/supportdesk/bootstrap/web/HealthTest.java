package io.supportdesk.bootstrap.web;

import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.jdbc.JdbcIndicator;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Liveness and readiness, the latter including the database. */
@SystemTest
class HealthTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    List<HealthIndicator> indicators;
    @Inject
    SignedInUsers users;

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

    @Test
    void only_administrators_see_which_database_the_service_talks_to() {
        for (Role role : List.of(Role.CUSTOMER, Role.AGENT, Role.MANAGER)) {
            String health = client.toBlocking().retrieve(HttpRequest.GET("/health")
                    .bearerAuth(users.create(role).token()));
            assertEquals("{\"status\":\"UP\"}", health, role.code());
        }
        String admin = client.toBlocking().retrieve(HttpRequest.GET("/health")
                .bearerAuth(users.create(Role.ADMIN).token()));
        assertTrue(admin.contains("jdbc:postgresql"), admin);
    }

    @Test
    @SuppressWarnings("unchecked")
    void administrators_see_the_outbox_backlog_the_chat_listener_and_the_mail_transport() {
        Map<String, Object> health = client.toBlocking().retrieve(HttpRequest.GET("/health")
                .bearerAuth(users.create(Role.ADMIN).token()), Argument.mapOf(String.class, Object.class));
        Map<String, Object> details = (Map<String, Object>) health.get("details");
        Map<String, Object> outbox = (Map<String, Object>) details.get("outbox");
        assertEquals("UP", outbox.get("status"), () -> "health: " + health);
        Map<String, Object> backlog = (Map<String, Object>) outbox.get("details");
        assertTrue(backlog.get("pending") instanceof Number && backlog.get("dead") instanceof Number, backlog::toString);
        Map<String, Object> listener = (Map<String, Object>) details.get("chatListener");
        assertEquals("UP", listener.get("status"), () -> "health: " + health);
        assertEquals(true, ((Map<String, Object>) listener.get("details")).get("listening"));
        Map<String, Object> mail = (Map<String, Object>) ((Map<String, Object>) details.get("mail")).get("details");
        assertTrue("log".equals(mail.get("transport"))
                || ("smtp".equals(mail.get("transport")) && mail.containsKey("reachable")), mail::toString);
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
