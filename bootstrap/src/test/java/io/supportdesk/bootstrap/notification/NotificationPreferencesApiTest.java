package io.supportdesk.bootstrap.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** PATCH /auth/me {notifications} over HTTP, and the outbox honouring the choice. */
@SystemTest
class NotificationPreferencesApiTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SignedInUsers users;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private Api http;
    private SignedInUser customer;
    private SignedInUser agent;

    @BeforeAll
    void users() {
        http = new Api(client);
        customer = users.create(Role.CUSTOMER);
        agent = users.create(Role.AGENT);
    }

    @Test
    void preferences_are_shown_changed_field_by_field_and_validated() {
        Reply me = http.send(HttpRequest.GET("/api/v1/auth/me"), agent.token());
        assertEquals(Map.of("ticket_replies", true, "daily_digest", true), me.body().get("notifications"));

        Reply changed = http.send(HttpRequest.PATCH("/api/v1/auth/me",
                Map.of("notifications", Map.of("daily_digest", false))), agent.token());
        assertEquals(200, changed.status());
        assertEquals(Map.of("ticket_replies", true, "daily_digest", false), changed.body().get("notifications"));

        Reply typo = http.send(HttpRequest.PATCH("/api/v1/auth/me",
                Map.of("notifications", Map.of("dialy_digest", false))), agent.token());
        assertEquals(400, typo.status());
        assertEquals("UNKNOWN_FIELD", typo.body().get("code"));
    }

    @Test
    void a_customer_who_opted_out_of_replies_still_gets_the_essential_emails() {
        http.send(HttpRequest.PATCH("/api/v1/auth/me",
                Map.of("notifications", Map.of("ticket_replies", false))), customer.token());
        Reply ticket = http.send(HttpRequest.POST("/api/v1/tickets", Map.of(
                "title", "Preferences test", "description", "Checking which emails still arrive.",
                "category", "general")), customer.token());
        Number id = ticket.get("id");
        http.send(HttpRequest.POST("/api/v1/tickets/" + id + "/comments",
                Map.of("body", "A public reply the customer chose not to be mailed about.")), agent.token());

        assertEquals(List.of("ticket_created"), kindsQueuedFor(customer, id.longValue()));
    }

    private List<String> kindsQueuedFor(SignedInUser user, long ticket) {
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
