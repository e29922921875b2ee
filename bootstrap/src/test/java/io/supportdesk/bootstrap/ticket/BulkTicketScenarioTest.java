package io.supportdesk.bootstrap.ticket;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.supportdesk.adapter.rest.problem.ExceptionProblems;
import io.supportdesk.adapter.rest.problem.Problem;
import io.supportdesk.application.ticket.TicketNotFoundException;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;
import java.util.stream.LongStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** POST /api/v1/tickets/bulk over HTTP on PostgreSQL: each ticket answered as its single request would be. */
@SystemTest
class BulkTicketScenarioTest {

    private static final String BULK = "/api/v1/tickets/bulk";
    private static final Map<String, Object> CLOSE = Map.of("close", true);

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SignedInUsers users;
    @Inject
    ExceptionProblems problems;

    private Api api;
    private SignedInUser customer;
    private SignedInUser manager;
    private SignedInUser admin;
    // A category of this test's own, with no team: other test classes share the database.
    private final String category = "bulk_" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);

    @BeforeAll
    void setUp() {
        api = new Api(http);
        customer = users.create(Role.CUSTOMER);
        manager = users.create(Role.MANAGER);
        admin = users.create(Role.ADMIN);
        assertEquals(201, api.post("/api/v1/categories", Map.of("code", category, "name", "Bulk " + category),
                admin.token()).status());
    }

    private long open(String inCategory) {
        Api.Reply created = api.post("/api/v1/tickets", Map.of("title", "Cannot print invoices",
                "description", "The invoice page shows an empty preview.", "category", inCategory), customer.token());
        assertEquals(201, created.status(), () -> created.body().toString());
        return ((Number) created.get("id")).longValue();
    }

    private Api.Reply bulk(List<Long> ids, Map<String, Object> action, String token) {
        return api.post(BULK, Map.of("ticket_ids", ids, "action", action), token);
    }

    private Api.Reply status(long ticket, String status, String token) {
        return api.put("/api/v1/tickets/" + ticket + "/status", Map.of("status", status), token);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> results(Api.Reply reply) {
        return (List<Map<String, Object>>) reply.body().get("results");
    }

    private static long id(Map<String, Object> result) {
        return ((Number) result.get("ticket_id")).longValue();
    }

    @Test
    void closing_fifty_tickets_of_which_three_cannot_be_closed_answers_47_ok_and_3_problems() {
        List<Long> ids = new ArrayList<>(LongStream.range(0, 47).map(i -> open(category)).boxed().toList());
        long alreadyClosed = open(category);
        assertEquals(200, status(alreadyClosed, "closed", manager.token()).status());
        long onHold = open(category);
        assertEquals(200, status(onHold, "in_progress", manager.token()).status());
        assertEquals(200, status(onHold, "on_hold", manager.token()).status());
        long deleted = open(category);
        assertEquals(204, api.delete("/api/v1/tickets/" + deleted, admin.token()).status());
        ids.add(0, alreadyClosed);
        ids.add(25, onHold);
        ids.add(deleted);

        Api.Reply reply = bulk(ids, CLOSE, manager.token());

        assertEquals(200, reply.status(), () -> reply.body().toString());
        assertEquals(47, ((Number) reply.get("succeeded")).intValue());
        assertEquals(3, ((Number) reply.get("failed")).intValue());
        List<Map<String, Object>> results = results(reply);
        assertEquals(ids, results.stream().map(BulkTicketScenarioTest::id).toList(), "request order");
        assertEquals(List.of(alreadyClosed, onHold, deleted), results.stream()
                .filter(r -> "error".equals(r.get("result"))).map(BulkTicketScenarioTest::id).toList());
        assertTrue(results.stream().filter(r -> "ok".equals(r.get("result"))).allMatch(r -> !r.containsKey("problem")));
        // Each problem is the one the single-ticket request answers now, member for member.
        for (Map<String, Object> failed : results.stream().filter(r -> "error".equals(r.get("result"))).toList()) {
            Api.Reply single = status(id(failed), "closed", manager.token());
            assertEquals(single.bodyAside(), failed.get("problem"), () -> "ticket " + id(failed));
        }
        assertEquals("INVALID_TRANSITION", ((Map<?, ?>) results.get(0).get("problem")).get("code"));
        assertEquals(409, ((Number) ((Map<?, ?>) results.get(25).get("problem")).get("status")).intValue());
        assertEquals(List.of("in_progress"), ((Map<?, ?>) results.get(25).get("problem")).get("allowed"));
        assertEquals("TICKET_NOT_FOUND", ((Map<?, ?>) results.get(49).get("problem")).get("code"));
        assertEquals(IntStream.range(0, 47).mapToObj(i -> "closed").toList(), ids.stream()
                .filter(id -> id != alreadyClosed && id != onHold && id != deleted)
                .map(id -> api.get("/api/v1/tickets/" + id, manager.token()).string("status")).toList());
    }

    @Test
    void the_history_of_a_bulk_changed_ticket_shows_the_change_by_the_caller() {
        long ticket = open(category);

        assertEquals(1, ((Number) bulk(List.of(ticket), Map.of("priority", "urgent"), manager.token())
                .get("succeeded")).intValue());

        Map<String, Object> change = api.list("/api/v1/tickets/" + ticket + "/history", manager.token()).stream()
                .filter(h -> "priority_changed".equals(h.get("kind"))).findFirst().orElseThrow();
        assertEquals("urgent", change.get("new_value"));
        assertEquals(manager.id().value(), ((Number) ((Map<?, ?>) change.get("actor")).get("id")).longValue());
    }

    @Test
    void tags_are_added_and_removed_keeping_each_tickets_others() {
        long ticket = open(category);
        assertEquals(200, api.patch("/api/v1/tickets/" + ticket, Map.of("tags", List.of("vip", "stale")),
                manager.token()).status());

        Api.Reply reply = bulk(List.of(ticket), Map.of("add_tags", List.of("billing"), "remove_tags",
                List.of("stale")), manager.token());

        assertEquals(1, ((Number) reply.get("succeeded")).intValue(), () -> reply.body().toString());
        assertEquals(List.of("vip", "billing"), api.get("/api/v1/tickets/" + ticket, manager.token()).get("tags"));
    }

    @Test
    void customers_may_not_change_tickets_in_bulk_not_even_their_own() {
        long own = open(category);

        Api.Reply refused = bulk(List.of(own), CLOSE, customer.token());

        assertEquals(403, refused.status());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals("open", api.get("/api/v1/tickets/" + own, customer.token()).string("status"));
    }

    @Test
    void more_than_a_hundred_tickets_is_refused_naming_ticket_ids() {
        Api.Reply refused = bulk(LongStream.rangeClosed(1, 101).boxed().toList(), CLOSE, manager.token());

        assertEquals(422, refused.status());
        assertEquals("VALIDATION_FAILED", refused.code());
        assertEquals(List.of("ticket_ids"), refused.errorFields());
    }

    @Test
    void an_empty_list_or_a_repeated_id_is_refused_naming_ticket_ids() {
        long ticket = open(category);

        assertEquals(List.of("ticket_ids"), bulk(List.of(), CLOSE, manager.token()).errorFields());
        Api.Reply repeated = bulk(List.of(ticket, ticket), CLOSE, manager.token());
        assertEquals(422, repeated.status());
        assertEquals(List.of("ticket_ids"), repeated.errorFields());
        assertEquals("open", api.get("/api/v1/tickets/" + ticket, manager.token()).string("status"));
    }

    @Test
    void an_unknown_action_is_refused_naming_the_field() {
        Api.Reply refused = bulk(List.of(1L), Map.of("archive", true), manager.token());

        assertEquals(400, refused.status());
        assertEquals("UNKNOWN_FIELD", refused.code());
        assertEquals(List.of("archive"), refused.errorFields());
    }

    @Test
    void no_action_two_actions_or_a_bad_code_is_refused_naming_the_field() {
        assertEquals(List.of("action"), bulk(List.of(1L), Map.of(), manager.token()).errorFields());
        Api.Reply two = bulk(List.of(1L), Map.of("close", true, "priority", "high"), manager.token());
        assertEquals(422, two.status());
        assertEquals(List.of("action"), two.errorFields());
        assertEquals(List.of("action.status"), bulk(List.of(1L), Map.of("status", "done"), manager.token())
                .errorFields());
        assertEquals(List.of("action.priority"), bulk(List.of(1L), Map.of("priority", "whenever"), manager.token())
                .errorFields());
    }

    @Test
    void an_agent_gets_a_per_ticket_not_found_for_a_ticket_outside_their_teams() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Api.Reply team = api.post("/api/v1/teams", Map.of("name", "Bulk team " + suffix,
                "assignment_strategy", "round_robin"), admin.token());
        assertEquals(201, team.status(), team.body()::toString);
        String teamCategory = "bulkteam_" + suffix;
        assertEquals(201, api.post("/api/v1/categories", Map.of("code", teamCategory, "name", "Team " + suffix),
                admin.token()).status());
        assertEquals(200, api.patch("/api/v1/categories/" + teamCategory, Map.of("team_id", team.get("id")),
                admin.token()).status());
        long elsewhere = open(teamCategory);
        long unrouted = open(category);
        SignedInUser agent = users.create(Role.AGENT);

        Api.Reply reply = bulk(List.of(elsewhere, unrouted), Map.of("priority", "high"), agent.token());

        assertEquals(200, reply.status(), () -> reply.body().toString());
        Map<String, Object> hidden = results(reply).get(0);
        assertEquals("error", hidden.get("result"));
        assertEquals(api.put("/api/v1/tickets/" + elsewhere + "/priority", Map.of("priority", "high"),
                agent.token()).bodyAside(), hidden.get("problem"));
        assertEquals("TICKET_NOT_FOUND", ((Map<?, ?>) hidden.get("problem")).get("code"));
        assertEquals("ok", results(reply).get(1).get("result"));
        assertEquals("medium", api.get("/api/v1/tickets/" + elsewhere, manager.token()).string("priority"));
    }

    @Test
    void deleting_in_bulk_stays_the_administrators_ticket_by_ticket() {
        long ticket = open(category);

        Api.Reply byManager = bulk(List.of(ticket), Map.of("delete", true), manager.token());
        assertEquals("FORBIDDEN", ((Map<?, ?>) results(byManager).get(0).get("problem")).get("code"));
        Api.Reply byAdmin = bulk(List.of(ticket), Map.of("delete", true), admin.token());
        assertEquals("ok", results(byAdmin).get(0).get("result"));
        assertEquals(404, api.get("/api/v1/tickets/" + ticket, admin.token()).status());
    }

    @Test
    void a_retry_with_the_same_key_gets_the_first_answer_and_one_without_a_key_runs_again() {
        long ticket = open(category);
        String key = UUID.randomUUID().toString();

        Api.Reply first = api.send(HttpRequest.POST(BULK, Map.of("ticket_ids", List.of(ticket), "action", CLOSE)),
                manager.token(), r -> r.header("Idempotency-Key", key));
        Api.Reply replayed = api.send(HttpRequest.POST(BULK, Map.of("ticket_ids", List.of(ticket), "action", CLOSE)),
                manager.token(), r -> r.header("Idempotency-Key", key));
        Api.Reply unkeyed = bulk(List.of(ticket), CLOSE, manager.token());

        assertEquals("ok", results(first).get(0).get("result"));
        assertEquals(first.body(), replayed.body());
        assertEquals("true", replayed.header("Idempotent-Replayed").orElseThrow());
        assertEquals("error", results(unkeyed).get(0).get("result"));
        assertEquals("INVALID_TRANSITION", ((Map<?, ?>) results(unkeyed).get(0).get("problem")).get("code"));
    }

    @Test
    void a_failure_no_handler_takes_is_a_server_error_problem_that_keeps_its_message_to_the_log() {
        HttpRequest<?> request = HttpRequest.POST(BULK, "");

        Problem unexpected = problems.of(request, new IllegalStateException("password=hunter2 in a stack"));
        Problem notFound = problems.of(request, new TicketNotFoundException("42"));

        assertEquals(500, unexpected.status());
        assertEquals("INTERNAL_ERROR", unexpected.code());
        assertTrue(unexpected.detail().contains("reference"), unexpected.detail());
        assertTrue(!unexpected.detail().contains("hunter2"), unexpected.detail());
        assertEquals(404, notFound.status());
        assertEquals("TICKET_NOT_FOUND", notFound.code());
    }
}
