package io.supportdesk.bootstrap.ticket;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ticket CSV export and import driven over HTTP like a client, on real PostgreSQL. */
@SystemTest
class TicketCsvScenarioTest {

    private static final String HEADER = "number,title,description,status,priority,category,type,team,"
            + "requester_email,assignee_email,tags,created_at,updated_at,first_responded_at,resolved_at,closed_at,"
            + "first_response_due_at,resolution_due_at";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SignedInUsers users;

    private Api api;
    private SignedInUser customer;
    private SignedInUser agent;
    private SignedInUser otherAgent;
    private SignedInUser manager;
    private SignedInUser admin;

    @BeforeAll
    void signIn() {
        api = new Api(http);
        customer = users.create(Role.CUSTOMER);
        agent = users.create(Role.AGENT);
        otherAgent = users.create(Role.AGENT);
        manager = users.create(Role.MANAGER);
        admin = users.create(Role.ADMIN);
    }

    private String open(String title, List<String> tags) {
        Api.Reply created = api.post("/api/v1/tickets", Map.of("title", title,
                "description", "Details for " + title, "category", "technical", "tags", tags), customer.token());
        assertEquals(201, created.status(), () -> created.body().toString());
        Api.Reply fresh = api.get("/api/v1/tickets/" + created.get("id"), customer.token());
        return fresh.string("number");
    }

    private void assign(String number, SignedInUser to) {
        Api.Reply assigned = api.post("/api/v1/tickets/" + number + "/assign",
                Map.of("assignee_id", to.id().value()), manager.token());
        assertEquals(200, assigned.status(), () -> assigned.body().toString());
    }

    private HttpResponse<String> export(String query, String token) {
        return api.exchangeText(HttpRequest.GET("/api/v1/tickets/export.csv" + query), token);
    }

    private static List<String> lines(String csv) {
        assertTrue(csv.endsWith("\r\n"), "RFC 4180 ends records with CRLF");
        return Arrays.asList(csv.split("\r\n"));
    }

    @Test
    void an_agent_exports_only_the_tickets_they_may_see_with_formulas_neutralised() {
        String formula = open("=1+2", List.of("export", "vip"));
        String others = open("Someone else's", List.of());
        String unassigned = open("Nobody's yet, with \"quotes\", commas", List.of());
        assign(formula, agent);
        assign(others, otherAgent);

        HttpResponse<String> reply = export("?requester_id=" + customer.id().value() + "&sort=created_at",
                agent.token());

        assertEquals(200, reply.code(), reply::body);
        assertEquals("text/csv; charset=utf-8", reply.header(HttpHeaders.CONTENT_TYPE).toLowerCase());
        assertTrue(reply.header(HttpHeaders.CONTENT_DISPOSITION)
                .matches("attachment; filename=\"tickets-\\d{4}-\\d{2}-\\d{2}\\.csv\""),
                reply.header(HttpHeaders.CONTENT_DISPOSITION));
        List<String> lines = lines(reply.body());
        assertEquals(HEADER, lines.getFirst());
        assertEquals(3, lines.size(), reply::body);
        assertTrue(lines.get(1).startsWith(formula + ",'=1+2,Details for =1+2,assigned,medium,technical,"),
                lines.get(1));
        assertTrue(lines.get(1).contains("," + agent.email() + ",export;vip,"), lines.get(1));
        assertTrue(lines.get(2).startsWith(unassigned + ",\"Nobody's yet, with \"\"quotes\"\", commas\","),
                lines.get(2));
        assertTrue(reply.body().indexOf(others) < 0, "another agent's ticket is not in the agent's export");
    }

    @Test
    void the_exports_filters_are_the_lists() {
        HttpResponse<String> reply = export("?priority=hihg", manager.token());
        assertEquals(400, reply.code());
        assertTrue(reply.body().contains("priority"), reply.body());
    }

    @Test
    void a_customer_may_not_export() {
        assertEquals(403, export("", customer.token()).code());
    }
}
