package io.supportdesk.bootstrap.automation;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/automation/rules} over HTTP: administrators keep rules, nobody else even reads them; a rule reads
 * back as written; every problem in a rule is one 422 naming each by its path. Rules apply to every ticket of the
 * shared application, so the rules saved here are off, or (the one that fires) match only a title made up here, and
 * each is deleted before its test ends.
 */
@SystemTest
class AutomationRuleApiTest {

    private static final String RULES = "/api/v1/automation/rules";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SignedInUsers users;

    private Api http;
    private SignedInUser admin;
    private SignedInUser customer;

    @BeforeAll
    void users() {
        http = new Api(client);
        admin = users.create(Role.ADMIN);
        customer = users.create(Role.CUSTOMER);
    }

    @Test
    void an_administrator_creates_reads_lists_replaces_and_deletes_a_rule_that_reads_back_as_written() {
        Map<String, Object> trigger = Map.of("type", "in_status_for", "status", "waiting_on_customer", "hours", 72);
        List<Object> all = List.of(Map.of("field", "priority", "operator", "in", "value", List.of("urgent", "high")));
        List<Object> any = List.of(Map.of("field", "tags", "operator", "contains", "value", "VIP"));
        List<Object> actions = List.of(Map.of("type", "add_tags", "value", List.of("Reminded")),
                Map.of("type", "set_priority", "value", "high"));

        Reply created = http.post(RULES, Map.of("name", "  Remind quiet VIPs  ", "active", false, "position", 5,
                "trigger", trigger, "conditions", Map.of("all", all, "any", any), "actions", actions), admin.token());
        assertEquals(201, created.status(), created.body()::toString);
        long id = id(created);
        String path = RULES + "/" + id;
        try {
            assertEquals(path, created.header("Location").orElseThrow());
            assertEquals("Remind quiet VIPs", created.string("name"));
            assertEquals(false, created.get("active"));
            assertEquals(5, ((Number) created.get("position")).intValue());
            assertEquals(trigger, created.get("trigger"));
            assertEquals(Map.of("all", all, "any", any), created.get("conditions"));
            assertEquals(actions, created.get("actions"), "as written: the tag is not normalised in the answer");
            assertEquals(admin.id().value(), ((Number) created.get("saved_by")).longValue());
            assertTrue(created.body().containsKey("created_at"));
            assertTrue(created.body().containsKey("updated_at"));

            Reply read = http.get(path, admin.token());
            assertEquals(200, read.status(), read.body()::toString);
            assertEquals(rule(created.body()), rule(read.body()));
            assertTrue(http.get(RULES, admin.token()).items().stream().anyMatch(rule -> id(rule) == id));

            // Replaced whole: what the new document leaves out takes its default.
            Reply replaced = http.put(path, Map.of("name", "Escalate", "active", false,
                    "trigger", Map.of("type", "ticket_created"),
                    "actions", List.of(Map.of("type", "set_priority", "value", "urgent"))), admin.token());
            assertEquals(200, replaced.status(), replaced.body()::toString);
            assertEquals(id, id(replaced));
            assertEquals("Escalate", replaced.string("name"));
            assertEquals(0, ((Number) replaced.get("position")).intValue());
            assertEquals(Map.of("type", "ticket_created"), replaced.get("trigger"));
            assertEquals(Map.of("all", List.of(), "any", List.of()), replaced.get("conditions"));
            assertEquals(List.of(Map.of("type", "set_priority", "value", "urgent")), replaced.get("actions"));
            assertEquals(instant(created, "created_at"), instant(replaced, "created_at"));
            assertFalse(instant(replaced, "updated_at").isBefore(instant(created, "updated_at")));
            assertEquals(rule(replaced.body()), rule(http.get(path, admin.token()).body()));
        } finally {
            assertEquals(204, http.delete(path, admin.token()).status());
        }
        Reply gone = http.get(path, admin.token());
        assertEquals(404, gone.status());
        assertEquals("AUTOMATION_RULE_NOT_FOUND", gone.code());
        assertEquals(404, http.delete(path, admin.token()).status());
        assertTrue(http.get(RULES, admin.token()).items().stream().noneMatch(rule -> id(rule) == id));
    }

    @Test
    void every_problem_of_a_rule_is_named_by_its_path_in_one_422() {
        Map<String, Object> rule = Map.of("name", "Broken", "trigger", Map.of("type", "ticket_created"),
                "conditions", Map.of("all", List.of(
                        Map.of("field", "priority", "operator", "is", "value", "high"),
                        Map.of("field", "status", "operator", "is", "value", "open"),
                        Map.of("field", "priority", "operator", "is", "value", "hihg"))),
                "actions", List.of(Map.of("type", "explode", "value", true)));

        Reply refused = http.post(RULES, rule, admin.token());

        assertEquals(422, refused.status(), refused.body()::toString);
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        assertEquals("VALIDATION_FAILED", refused.code());
        assertEquals(List.of("conditions.all[2].value", "actions[0].type"), refused.errorFields());

        Reply created = http.post(RULES, offRule("Fine until replaced"), admin.token());
        assertEquals(201, created.status(), created.body()::toString);
        String path = RULES + "/" + id(created);
        try {
            Reply replaced = http.put(path, rule, admin.token());
            assertEquals(422, replaced.status(), replaced.body()::toString);
            assertEquals(List.of("conditions.all[2].value", "actions[0].type"), replaced.errorFields());
            assertEquals("Fine until replaced", http.get(path, admin.token()).string("name"));
        } finally {
            http.delete(path, admin.token());
        }

        Reply nothing = http.post(RULES, Map.of(), admin.token());
        assertEquals(422, nothing.status());
        assertEquals(List.of("name", "trigger", "actions"), nothing.errorFields());
    }

    @Test
    void a_body_that_is_not_a_json_object_is_a_problem_never_a_server_error() {
        Reply malformed = http.send(HttpRequest.POST(RULES, "{\"name\": ").contentType(MediaType.APPLICATION_JSON),
                admin.token());
        assertEquals(400, malformed.status(), malformed.body()::toString);
        assertEquals("MALFORMED_JSON", malformed.code());

        // JSON, but no object: the body cannot be read as a rule (400) or reads as none (422 on "rule").
        for (String body : List.of("[1, 2]", "\"a rule\"", "42", "null")) {
            Reply refused = http.send(HttpRequest.POST(RULES, body).contentType(MediaType.APPLICATION_JSON),
                    admin.token());
            assertTrue(refused.status() == 400 || refused.status() == 422, () -> body + ": " + refused.status()
                    + " " + refused.body());
            assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
        }

        Reply created = http.post(RULES, offRule("Not replaced by a list"), admin.token());
        String path = RULES + "/" + id(created);
        try {
            Reply refused = http.send(HttpRequest.PUT(path, "[]").contentType(MediaType.APPLICATION_JSON),
                    admin.token());
            assertTrue(refused.status() == 400 || refused.status() == 422, refused.body()::toString);
            assertEquals("Not replaced by a list", http.get(path, admin.token()).string("name"));
        } finally {
            http.delete(path, admin.token());
        }
    }

    @Test
    void a_rule_that_does_not_exist_is_not_found() {
        for (String id : List.of("999999999", "abc", "0", "-1")) {
            String path = RULES + "/" + id;
            Reply read = http.get(path, admin.token());
            assertEquals(404, read.status(), id);
            assertEquals("AUTOMATION_RULE_NOT_FOUND", read.code(), id);
            assertEquals(404, http.put(path, offRule("Nowhere"), admin.token()).status(), id);
            assertEquals(404, http.delete(path, admin.token()).status(), id);
            assertEquals(404, http.get(path + "/runs", admin.token()).status(), id);
        }
    }

    @Test
    void nobody_but_an_administrator_sees_or_keeps_rules() {
        for (Role role : List.of(Role.CUSTOMER, Role.AGENT, Role.MANAGER)) {
            String token = users.create(role).token();
            assertEquals(403, http.get(RULES, token).status(), role::toString);
            assertEquals(403, http.post(RULES, offRule("Not theirs"), token).status(), role::toString);
            assertEquals(403, http.post(RULES + "/test", Map.of("rule", offRule("Not theirs"), "ticket_id", 1),
                    token).status(), role::toString);
        }
        assertEquals(401, http.get(RULES, null).status());
        assertEquals(401, http.post(RULES, offRule("Nobody's"), null).status());
    }

    @Test
    void a_fresh_rule_has_no_runs_and_the_limit_is_checked() {
        Reply created = http.post(RULES, offRule("Never ran"), admin.token());
        assertEquals(201, created.status(), created.body()::toString);
        String path = RULES + "/" + id(created);
        try {
            Reply runs = http.get(path + "/runs", admin.token());
            assertEquals(200, runs.status(), runs.body()::toString);
            assertEquals(List.of(), runs.items());
            assertEquals(50, ((Number) runs.get("limit")).intValue());
            assertEquals(200, ((Number) http.get(path + "/runs?limit=200", admin.token()).get("limit")).intValue());

            for (String limit : List.of("0", "201", "ten")) {
                Reply refused = http.get(path + "/runs?limit=" + limit, admin.token());
                assertEquals(400, refused.status(), limit);
                assertEquals("INVALID_PARAMETER", refused.code(), limit);
                assertEquals(List.of("limit"), refused.errorFields(), limit);
            }
        } finally {
            http.delete(path, admin.token());
        }
    }

    @Test
    void a_dry_run_judges_a_ticket_by_id_or_number_and_changes_nothing() {
        String token = unique();
        Reply ticket = openTicket("Checkout outage " + token);
        long ticketId = id(ticket);
        Map<String, Object> rule = Map.of("name", "Urgent outages", "trigger", Map.of("type", "ticket_created"),
                "conditions", Map.of("all", List.of(Map.of("field", "title", "operator", "contains", "value", token)),
                        "any", List.of(Map.of("field", "priority", "operator", "is", "value", "low"),
                                Map.of("field", "priority", "operator", "is", "value", "medium"),
                                Map.of("field", "assignee", "operator", "assigned"))),
                "actions", List.of(Map.of("type", "set_priority", "value", "urgent")));

        Reply verdict = http.post(RULES + "/test", Map.of("rule", rule, "ticket_id", ticketId), admin.token());

        assertEquals(200, verdict.status(), verdict.body()::toString);
        assertEquals(true, verdict.get("would_fire"));
        Map<String, Object> conditions = verdict.get("conditions");
        assertEquals(true, conditions.get("matches"));
        @SuppressWarnings("unchecked")
        Map<String, Object> title = ((List<Map<String, Object>>) conditions.get("all")).getFirst();
        assertEquals("title", title.get("field"));
        assertEquals("contains", title.get("operator"));
        assertEquals(token, title.get("expected"));
        assertEquals("Checkout outage " + token, title.get("actual"));
        assertEquals(true, title.get("holds"));
        assertTrue(String.valueOf(title.get("description")).startsWith("title contains"), title::toString);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> any = (List<Map<String, Object>>) conditions.get("any");
        assertEquals(List.of(false, true), any.subList(0, 2).stream().map(line -> line.get("holds")).toList(),
                "a customer's new ticket is medium");
        assertEquals("low", any.getFirst().get("expected"));
        assertEquals("medium", any.getFirst().get("actual"));
        assertEquals("assigned", any.get(2).get("operator"));
        assertNull(any.get(2).get("expected"), "assigned compares with nothing");
        assertTrue(verdict.body().containsKey("timing"));
        assertNull(verdict.get("timing"), "an event rule has no timing");
        @SuppressWarnings("unchecked")
        Map<String, Object> action = ((List<Map<String, Object>>) verdict.get("actions")).getFirst();
        assertEquals("set_priority", action.get("action"));
        assertEquals("applied", action.get("outcome"));
        assertTrue(verdict.get("after") instanceof Map<?, ?>, verdict.body()::toString);
        assertEquals("medium", http.get("/api/v1/tickets/" + ticketId, admin.token()).string("priority"),
                "a dry run changes nothing");

        Reply byNumber = http.post(RULES + "/test", Map.of("rule", rule, "ticket_id", ticket.string("number")),
                admin.token());
        assertEquals(200, byNumber.status(), byNumber.body()::toString);
        assertEquals(true, byNumber.get("would_fire"));
    }

    @Test
    void a_dry_run_names_the_rules_problems_under_rule_with_those_of_the_ticket() {
        Map<String, Object> rule = Map.of("name", "Broken", "trigger", Map.of("type", "ticket_created"),
                "conditions", Map.of("all", List.of(Map.of("field", "priority", "operator", "is", "value", "hihg"))),
                "actions", List.of(Map.of("type", "explode", "value", true)));

        Reply refused = http.post(RULES + "/test", Map.of("rule", rule, "ticket_id", "not a ticket"), admin.token());
        assertEquals(422, refused.status(), refused.body()::toString);
        assertEquals(List.of("ticket_id", "rule.conditions.all[0].value", "rule.actions[0].type"),
                refused.errorFields());

        Reply notAnObject = http.post(RULES + "/test", Map.of("rule", List.of(1), "ticket_id", 1), admin.token());
        assertEquals(422, notAnObject.status(), notAnObject.body()::toString);
        assertEquals(List.of("rule"), notAnObject.errorFields());

        Reply nothing = http.post(RULES + "/test", Map.of(), admin.token());
        assertEquals(422, nothing.status(), nothing.body()::toString);
        assertEquals(List.of("rule", "ticket_id"), nothing.errorFields());

        Reply unknownField = http.post(RULES + "/test", Map.of("rule", offRule("x"), "ticket", 1), admin.token());
        assertEquals(400, unknownField.status(), unknownField.body()::toString);
        assertEquals("UNKNOWN_FIELD", unknownField.code());

        Reply noTicket = http.post(RULES + "/test", Map.of("rule", offRule("x"), "ticket_id", 999999999),
                admin.token());
        assertEquals(404, noTicket.status(), noTicket.body()::toString);
    }

    @Test
    void a_rule_that_fires_on_a_new_ticket_shows_the_run() {
        String token = unique();
        Reply created = http.post(RULES, Map.of("name", "Tag " + token, "trigger", Map.of("type", "ticket_created"),
                "conditions", Map.of("all", List.of(Map.of("field", "title", "operator", "contains",
                        "value", token))),
                "actions", List.of(Map.of("type", "add_tags", "value", List.of("automated")))), admin.token());
        assertEquals(201, created.status(), created.body()::toString);
        long rule = id(created);
        try {
            long ticket = id(openTicket("Printer jam " + token));

            List<Map<String, Object>> runs = http.get(RULES + "/" + rule + "/runs", admin.token()).items();

            assertEquals(1, runs.size(), runs::toString);
            Map<String, Object> run = runs.getFirst();
            assertEquals(rule, ((Number) run.get("rule_id")).longValue());
            assertEquals("Tag " + token, run.get("rule_name"));
            assertEquals(ticket, ((Number) run.get("ticket_id")).longValue());
            assertEquals("ticket_created", run.get("trigger"));
            assertTrue(run.get("fired_at") instanceof String, run::toString);
            assertEquals(List.of(Map.of("action", "add_tags", "outcome", "applied")),
                    ((List<?>) run.get("actions")).stream().map(a -> {
                        Map<?, ?> result = (Map<?, ?>) a;
                        return Map.of("action", result.get("action"), "outcome", result.get("outcome"));
                    }).toList());
        } finally {
            http.delete(RULES + "/" + rule, admin.token());
        }
    }

    /** A rule's answer without its times, which the database may keep less precisely than the clock gives them. */
    private static Map<String, Object> rule(Map<String, Object> answer) {
        Map<String, Object> rule = new java.util.LinkedHashMap<>(answer);
        rule.remove("created_at");
        rule.remove("updated_at");
        rule.remove("request_id");
        return rule;
    }

    private static Instant instant(Reply reply, String member) {
        return Instant.parse(reply.string(member)).truncatedTo(ChronoUnit.MICROS);
    }

    /** A valid rule that is off: saved, it never fires on anyone's tickets. */
    private static Map<String, Object> offRule(String name) {
        return Map.of("name", name, "active", false, "trigger", Map.of("type", "ticket_created"),
                "actions", List.of(Map.of("type", "add_tags", "value", List.of("never"))));
    }

    private Reply openTicket(String title) {
        Reply ticket = http.post("/api/v1/tickets", Map.of("title", title,
                "description", "Made by the automation rule API test.", "category", "account"), customer.token());
        assertEquals(201, ticket.status(), ticket.body()::toString);
        return ticket;
    }

    private static long id(Reply reply) {
        return ((Number) reply.get("id")).longValue();
    }

    private static long id(Map<String, Object> item) {
        return ((Number) item.get("id")).longValue();
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
