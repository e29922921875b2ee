package io.supportdesk.bootstrap.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.bootstrap.notification.NotificationTestSupport.Reply;
import io.supportdesk.bootstrap.notification.NotificationTestSupport.TestUser;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PATCH /auth/me {notifications} over HTTP, and the outbox honouring the choice. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationPreferencesApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TokenGenerator tokens;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private TestUser customer;
    private TestUser agent;

    @Override
    public Map<String, String> getProperties() {
        return NotificationTestSupport.properties();
    }

    @BeforeAll
    void users() {
        customer = NotificationTestSupport.user("customer", transactions, jdbc, tokens);
        agent = NotificationTestSupport.user("agent", transactions, jdbc, tokens);
    }

    @Test
    void preferences_are_shown_changed_field_by_field_and_validated() {
        Reply me = NotificationTestSupport.send(http, HttpRequest.GET("/api/v1/auth/me"), agent);
        assertEquals(Map.of("ticket_replies", true, "daily_digest", true), me.body().get("notifications"));

        Reply changed = NotificationTestSupport.send(http, HttpRequest.PATCH("/api/v1/auth/me",
                Map.of("notifications", Map.of("daily_digest", false))), agent);
        assertEquals(200, changed.status());
        assertEquals(Map.of("ticket_replies", true, "daily_digest", false), changed.body().get("notifications"));

        Reply typo = NotificationTestSupport.send(http, HttpRequest.PATCH("/api/v1/auth/me",
                Map.of("notifications", Map.of("dialy_digest", false))), agent);
        assertEquals(400, typo.status());
        assertEquals("UNKNOWN_FIELD", typo.body().get("code"));
    }

    @Test
    void a_customer_who_opted_out_of_replies_still_gets_the_essential_emails() {
        NotificationTestSupport.send(http, HttpRequest.PATCH("/api/v1/auth/me",
                Map.of("notifications", Map.of("ticket_replies", false))), customer);
        Reply ticket = NotificationTestSupport.send(http, HttpRequest.POST("/api/v1/tickets", Map.of(
                "title", "Preferences test", "description", "Checking which emails still arrive.",
                "category", "general")), customer);
        Number id = ticket.get("id");
        NotificationTestSupport.send(http, HttpRequest.POST("/api/v1/tickets/" + id + "/comments",
                Map.of("body", "A public reply the customer chose not to be mailed about.")), agent);

        assertEquals(List.of("ticket_created"), kindsQueuedFor(customer, id.longValue()));
    }

    private List<String> kindsQueuedFor(TestUser user, long ticket) {
        return transactions.executeRead(status -> jdbc.prepareStatement(
                "SELECT kind FROM outbox WHERE ticket_id = ? AND ? = ANY(recipients) ORDER BY id", statement -> {
                    statement.setLong(1, ticket);
                    statement.setString(2, user.email());
                    List<String> kinds = new java.util.ArrayList<>();
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            kinds.add(rows.getString(1));
                        }
                    }
                    return kinds;
                }));
    }
}
