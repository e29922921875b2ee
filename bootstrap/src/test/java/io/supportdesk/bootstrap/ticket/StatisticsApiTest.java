package io.supportdesk.bootstrap.ticket;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.identity.UserId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** GET /stats over HTTP: the figures follow the tickets, and each role gets its own scope. */
@SystemTest
class StatisticsApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SignedInUsers users;

    private Api api;
    private String customer;
    private String agent;
    private UserId agentId;
    private String manager;
    private String admin;

    @BeforeAll
    void signIn() {
        api = new Api(http);
        customer = users.create(Role.CUSTOMER).token();
        SignedInUser agentCaller = users.create(Role.AGENT);
        agentId = agentCaller.id();
        agent = agentCaller.token();
        manager = users.create(Role.MANAGER).token();
        admin = users.create(Role.ADMIN).token();
    }

    private Number open(String category, String priority) {
        Api.Reply created = api.post("/api/v1/tickets", Map.of("title", "Statistics sample",
                "description", "A ticket that is here to be counted.", "category", category, "priority", priority),
                customer);
        assertEquals(201, created.status(), () -> created.body().toString());
        return created.get("id");
    }

    private static long count(Api.Reply reply, String breakdown, String key) {
        return ((Number) reply.<Map<String, Object>>get(breakdown).get(key)).longValue();
    }

    private static long number(Api.Reply reply, String key) {
        return ((Number) reply.get(key)).longValue();
    }

    @Test
    void a_customer_gets_the_figures_of_their_own_tickets_and_anonymous_callers_must_sign_in() {
        SignedInUser own = users.create(Role.CUSTOMER);
        Number first = api.post("/api/v1/tickets", Map.of("title", "Mine, the first", "description",
                "A ticket of this customer's own.", "category", "billing", "priority", "high"), own.token()).get("id");
        api.post("/api/v1/tickets", Map.of("title", "Mine, the second", "description", "Another of their own.",
                "category", "technical", "priority", "low"), own.token());
        // Only an internal note so far: no first response, as far as the customer can tell.
        assertEquals(201, api.post("/api/v1/tickets/" + first + "/comments",
                Map.of("body", "Checking with finance first.", "internal", true), agent).status());

        Api.Reply figures = api.get("/api/v1/stats", own.token());

        assertEquals(200, figures.status(), () -> figures.body().toString());
        assertEquals("requested_by_me", figures.string("scope"));
        assertEquals(2, number(figures, "total"));
        assertEquals(1, count(figures, "by_priority", "high"));
        assertEquals(0, count(figures, "by_priority", "urgent"));
        assertNull(figures.get("average_first_response_seconds"));
        assertEquals(401, api.get("/api/v1/stats", null).status());
    }

    @Test
    void an_agent_sees_the_figures_of_the_tickets_assigned_to_them() {
        Number mine = open("billing", "urgent");
        open("billing", "low");
        assertEquals(200, api.post("/api/v1/tickets/" + mine + "/assign", Map.of("assignee_id", agentId.value()),
                agent).status());
        assertEquals(201, api.post("/api/v1/tickets/" + mine + "/comments", Map.of("body", "Looking into it now."),
                agent).status());

        Api.Reply stats = api.get("/api/v1/stats", agent);

        assertEquals(200, stats.status(), () -> stats.body().toString());
        assertEquals("assigned_to_me", stats.get("scope"));
        assertEquals(1, number(stats, "total"));
        assertEquals(1, number(stats, "open"));
        assertEquals(0, number(stats, "unassigned"));
        assertEquals(1, count(stats, "by_status", "assigned"));
        assertEquals(0, count(stats, "by_status", "open"));
        assertEquals(1, count(stats, "by_priority", "urgent"));
        assertEquals(1, count(stats, "by_category", "billing"));
        assertEquals(0, count(stats, "by_category", "security"));
        assertNotNull(stats.get("average_first_response_seconds"));
        assertNull(stats.get("average_resolution_seconds"));
    }

    @Test
    void managers_and_admins_see_every_ticket() {
        Api.Reply before = api.get("/api/v1/stats", manager);
        open("security", "high");
        open("security", "medium");

        for (String token : List.of(manager, admin)) {
            Api.Reply after = api.get("/api/v1/stats", token);
            assertEquals(200, after.status());
            assertEquals("all", after.get("scope"));
            assertTrue(number(after, "total") >= 2);
            assertEquals(2, number(after, "total") - number(before, "total"));
            assertEquals(2, number(after, "unassigned") - number(before, "unassigned"));
            assertEquals(2, count(after, "by_category", "security") - count(before, "by_category", "security"));
            assertEquals(List.of("open", "assigned", "in_progress", "waiting_on_customer", "on_hold", "resolved",
                    "closed", "reopened"), List.copyOf(after.<Map<String, Object>>get("by_status").keySet()));
            assertEquals(List.of("low", "medium", "high", "urgent"),
                    List.copyOf(after.<Map<String, Object>>get("by_priority").keySet()));
        }
    }
}
