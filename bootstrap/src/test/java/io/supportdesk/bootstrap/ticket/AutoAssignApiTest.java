package io.supportdesk.bootstrap.ticket;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** POST /tickets/{id}/auto-assign with the skill-based strategy (application-test.yml), on real PostgreSQL. */
@SystemTest
class AutoAssignApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SignedInUsers users;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;

    private Api api;
    private String customer;
    private String manager;
    private String agent;
    private SignedInUser busySpecialist;
    private SignedInUser idleSpecialist;
    // A skill and a category of this test's own: other test classes share the database and its agents.
    private final String skill = "s" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeAll
    void setUp() {
        api = new Api(http);
        customer = users.create(Role.CUSTOMER).token();
        manager = users.create(Role.MANAGER).token();
        agent = users.create(Role.AGENT).token();
        busySpecialist = users.create(Role.AGENT);
        idleSpecialist = users.create(Role.AGENT);
        giveSkill(busySpecialist.id());
        giveSkill(idleSpecialist.id());
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "INSERT INTO categories (code, name, required_skill) VALUES (?, 'Special', ?)", statement -> {
                    statement.setString(1, "cat_" + skill);
                    statement.setString(2, skill);
                    return statement.executeUpdate();
                }));
        // The busy specialist already works one ticket of the category.
        Number busy = open("cat_" + skill);
        api.post("/api/v1/tickets/" + busy + "/assign", Map.of("assignee_id", busySpecialist.id().value()), manager);
    }

    private void giveSkill(UserId id) {
        transactions.executeWrite(status -> jdbc.prepareStatement("UPDATE users SET skills = ARRAY[?] WHERE id = ?",
                statement -> {
                    statement.setString(1, skill);
                    statement.setLong(2, id.value());
                    return statement.executeUpdate();
                }));
    }

    private Number open(String category) {
        Api.Reply created = api.post("/api/v1/tickets", Map.of("title", "Needs a specialist",
                "description", "Only someone with the right skill can help here.", "category", category), customer);
        assertEquals(201, created.status(), () -> created.body().toString());
        return created.get("id");
    }

    @Test
    void the_least_loaded_agent_with_the_required_skill_gets_the_ticket() {
        Number id = open("cat_" + skill);

        Api.Reply assigned = api.send(HttpRequest.POST("/api/v1/tickets/" + id + "/auto-assign", Map.of()),
                manager);

        assertEquals(200, assigned.status(), () -> assigned.body().toString());
        assertEquals("assigned", assigned.get("status"));
        assertEquals(idleSpecialist.id().value(),
                ((Number) assigned.<Map<String, Object>>get("assignee").get("id")).longValue());
    }

    @Test
    void with_nobody_able_to_take_it_the_ticket_stays_in_the_queue() {
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "INSERT INTO categories (code, name, required_skill) VALUES (?, 'Nobody', 'skill_nobody_has')",
                statement -> {
                    statement.setString(1, "nobody_" + skill);
                    return statement.executeUpdate();
                }));
        Number id = open("nobody_" + skill);

        Api.Reply refused = api.send(HttpRequest.POST("/api/v1/tickets/" + id + "/auto-assign", Map.of()),
                manager);

        assertEquals(409, refused.status());
        assertEquals("NO_AGENT_AVAILABLE", refused.get("code"));
        assertEquals("open", api.get("/api/v1/tickets/" + id, manager).get("status"));
    }

    @Test
    void agents_cannot_route_tickets_to_others() {
        Number id = open("cat_" + skill);
        assertEquals(403, api.send(HttpRequest.POST("/api/v1/tickets/" + id + "/auto-assign", Map.of()), agent)
                .status());
    }
}
