package io.supportdesk.bootstrap.performance;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.bootstrap.conversation.ChatClient;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.adapter.persistence.testing.TestDatabase;
import io.supportdesk.bootstrap.testing.CountingDriver;
import io.supportdesk.bootstrap.testing.CountingDriver.Counts;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What the hot requests may ask of the database: transactions and statements per request, counted at the JDBC
 * level (CountingDriver). Deterministic, not timed: a change that adds a query or splits a request over more
 * transactions fails here, and the budget is raised only on purpose. Targets and measurements: docs/performance.md.
 */
@SystemTest
class RequestBudgetTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SignedInUsers users;
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private Api api;
    private String customer;
    private SignedInUser agent;
    private String ticketPath;

    @Override
    public Map<String, String> getProperties() {
        String url = TestDatabase.stringProperties().get("datasources.default.url");
        // Callers stay remembered for the whole class, so no count depends on how long the class took; replies are
        // gathered as in production (the test environment mails each at once), so a comment costs what it costs.
        return Map.of("datasources.default.url", CountingDriver.PREFIX + url.substring("jdbc:".length()),
                "datasources.default.driver-class-name", CountingDriver.class.getName(),
                "supportdesk.identity.caller-cache.max-age", "1h",
                "supportdesk.notifications.reply-window", "2m",
                // The chat's own heartbeats would write in the middle of a measurement at any moment.
                "supportdesk.chat.presence-heartbeat", "1h", "supportdesk.chat.revalidate-interval", "1h");
    }

    @BeforeAll
    void aTicket() throws InterruptedException {
        CountingDriver.awaitListening(Duration.ofSeconds(30));
        api = new Api(http);
        customer = users.create(Role.CUSTOMER).token();
        agent = users.create(Role.AGENT);
        ticketPath = "/api/v1/tickets/" + open().body().get("id");
        // Assigned, so a customer's reply mails the assignee alone, whoever else the shared database holds.
        assertEquals(200, api.post(ticketPath + "/assign", Map.of("assignee_id", agent.id().value()), agent.token())
                .status());
    }

    private Api.Reply open() {
        Api.Reply created = api.post("/api/v1/tickets", Map.of("title", "Printer on fire", "description",
                "It started smoking after the update.", "category", "technical", "priority", "high"), customer);
        assertEquals(201, created.status(), created.body()::toString);
        return created;
    }

    private Counts measure(String caller, int expectedStatus, Supplier<Api.Reply> request) {
        // Signed-in requests identify their caller from memory once seen (CallerCache): count them warm.
        assertEquals(200, api.get("/api/v1/auth/me", caller).status());
        Api.Reply[] reply = new Api.Reply[1];
        Counts counts = CountingDriver.measure(() -> reply[0] = request.get());
        assertEquals(expectedStatus, reply[0].status(), reply[0].body()::toString);
        return counts;
    }

    private static void within(Counts counts, int transactions, int statements) {
        assertTrue(counts.transactions() <= transactions && counts.statements().size() <= statements,
                "budget " + transactions + " transaction(s), " + statements + " statement(s); used " + counts);
    }

    // One transaction per request; the caller's account comes from memory (CallerCache, forgotten on every change).

    @Test
    void reading_a_ticket() {
        // the ticket joined to the people it names and its submission metadata (TicketViews)
        within(measure(agent.token(), 200, () -> api.get(ticketPath, agent.token())), 1, 1);
        within(measure(customer, 200, () -> api.get(ticketPath, customer)), 1, 1);
    }

    @Test
    void a_list_page() {
        // the page, its tickets joined to their people, one row more to know whether another page follows
        within(measure(agent.token(), 200,
                () -> api.get("/api/v1/tickets?status=open&page_size=20", agent.token())), 1, 1);
        within(measure(customer, 200, () -> api.get("/api/v1/tickets?page_size=20", customer)), 1, 1);
    }

    @Test
    void a_list_page_with_its_total() {
        // and the count, asked for; the first page of a short list proves its own total without one
        within(measure(agent.token(), 200,
                () -> api.get("/api/v1/tickets?status=open&page_size=1&include_total=true", agent.token())), 1, 2);
    }

    @Test
    void a_cursor_page_a_search_and_the_change_feed() {
        // a page from a position costs what the first page does: the same index, read from the position on
        String cursor = api.get("/api/v1/tickets?page_size=1", agent.token()).string("next_cursor");
        within(measure(agent.token(), 200,
                () -> api.get("/api/v1/tickets?page_size=1&cursor=" + cursor, agent.token())), 1, 1);
        // the planner settings for this search alone, then candidates, ranking, the page and its excerpts at once
        within(measure(customer, 200, () -> api.get("/api/v1/search?q=printer", customer)), 1, 2);
        // the changes after a position, with their people
        within(measure(agent.token(), 200, () -> api.get("/api/v1/tickets/changes?page_size=20", agent.token())),
                1, 1);
    }

    @Test
    void the_reports() {
        // each report in one snapshot: the dashboard's planner setting, open counts (tallies), the pass by team, the
        // oldest open ticket, the flow and the times; the volume's setting and its one statement; one each for the
        // agents and activity, the SLA figures and the breaches
        within(measure(agent.token(), 200, () -> api.get("/api/v1/reports/dashboard", agent.token())), 1, 6);
        within(measure(agent.token(), 200, () -> api.get("/api/v1/reports/volume?group_by=team", agent.token())),
                1, 2);
        within(measure(agent.token(), 200, () -> api.get("/api/v1/reports/agents", agent.token())), 1, 1);
        within(measure(agent.token(), 200, () -> api.get("/api/v1/reports/sla", agent.token())), 1, 2);
    }

    @Test
    void opening_a_ticket() {
        // the desk's SLA policy is read with the category (V17: administrators edit it), and, as the category names
        // no team, where the ticket's type routes (V18)
        // ... and its webhook deliveries, one INSERT ... SELECT over the subscribed webhooks (decision 0065)
        // ... and the active automation rules, read once per change (decision 0066; none answers here)
        within(measure(customer, 201, this::open), 1, 12);
    }

    @Test
    void opening_a_ticket_that_a_team_assigns_on_arrival() {
        SignedInUser admin = users.create(Role.ADMIN);
        String suffix = java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        Object calendar = api.post("/api/v1/calendars", Map.of("name", "Budget " + suffix, "time_zone",
                "Europe/Berlin", "week", Map.of("monday", List.of(Map.of("from", "09:00", "to", "17:00")))),
                admin.token()).get("id");
        Object team = api.post("/api/v1/teams", Map.of("name", "Budget " + suffix, "calendar_id", calendar,
                "assignment_strategy", "round_robin", "auto_assign", true), admin.token()).get("id");
        assertEquals(200, api.put("/api/v1/teams/" + team + "/members/" + agent.id().value(),
                Map.of("role", "member"), admin.token()).status());
        String category = "budget" + suffix;
        assertEquals(201, api.post("/api/v1/categories", Map.of("code", category, "name", "Budget"),
                admin.token()).status());
        assertEquals(200, api.patch("/api/v1/categories/" + category, Map.of("team_id", team), admin.token())
                .status());
        // the team and its calendar, the team's lock and then its cursor, the candidates, the cursor's move, and the
        // assignment's history, email and NOTIFY besides what any new ticket costs (its webhook deliveries share
        // the ticket's one statement)
        within(measure(customer, 201, () -> api.post("/api/v1/tickets", Map.of("title", "Printer on fire",
                "description", "It started smoking after the update.", "category", category,
                "priority", "high"), customer)), 1, 24);
    }

    @Test
    void commenting() {
        within(measure(customer, 201,
                // the webhook deliveries of a public comment: one statement (an internal note costs none); the
                // active automation rules: one
                () -> api.post(ticketPath + "/comments", Map.of("body", "Any news?"), customer)), 1, 16);
    }

    @Test
    void changing_the_status() {
        String path = "/api/v1/tickets/" + open().body().get("id");
        within(measure(agent.token(), 200,
                () -> api.put(path + "/status", Map.of("status", "in_progress"), agent.token())), 1, 7);
    }

    @Test
    void a_chat_message() {
        // A ticket of its own, so that the reply this leaves waiting to be mailed does not change what others count.
        String path = "/api/v1/tickets/" + open().body().get("id");
        assertEquals(200, api.post(path + "/assign", Map.of("assignee_id", agent.id().value()), agent.token())
                .status());
        URI socket = URI.create("ws://localhost:" + server.getPort() + path.replace("/api/v1/", "/ws/"));
        try (ChatClient chat = ChatClient.connect(json, socket, customer, false)) {
            chat.await("chat_history");
            // Joining is answered on the socket and relayed (who is here), each reading the database on its own
            // thread. The agent's reply settles both: the socket sends in order, after the joining, and the relay
            // keeps one lane per ticket, so the reply arrives after the relayed join. Then only the message counts.
            // (A reply of the agent's own: it is mailed to the customer, so the message below still starts a batch.)
            assertEquals(201, api.post(path + "/comments", Map.of("body", "Looking into it."), agent.token())
                    .status());
            chat.await("chat_message", frame -> "Looking into it.".equals(frame.get("content")));
            // From the frame to its echo: the comment's transaction, then what the relay reads to show it (the
            // message, its author, its files: 17 since attachments; 18 since the comment's webhook deliveries; 19
            // since the automation rules are read in every change).
            within(CountingDriver.measure(() -> {
                chat.send(Map.of("action", "message", "content", "Still smoking"));
                chat.await("chat_message", frame -> "Still smoking".equals(frame.get("content")));
            }), 2, 19);
        }
        // Leaving is written after the socket closes: wait for it, so that no later measurement counts it.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!api.get(path + "/chat/active-users", agent.token()).<List<?>>get("users").isEmpty()) {
            assertTrue(System.nanoTime() < deadline, "the customer never left the chat");
        }
    }
}
