package io.supportdesk.bootstrap.automation;

import io.micronaut.context.ApplicationContext;
import io.micronaut.http.client.HttpClient;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.application.automation.port.in.SweepTimeRulesUseCase;
import io.supportdesk.application.automation.port.in.SweepTimeRulesUseCase.SweepReport;
import io.supportdesk.application.identity.port.out.AccessTokenIssuer;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.FreshDatabase;
import io.supportdesk.bootstrap.testing.Instances;
import io.supportdesk.bootstrap.testing.MutableClockFactory.MutableClock;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.domain.identity.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 17's "done when" for rules, on two instances over a database of their own (a rule is the whole desk's, so
 * it must not meet other tests' tickets): an event rule changes a customer's urgent billing ticket as it is created,
 * the history names the rule and the customer sees neither its name nor its note; a time rule fires once for a
 * ticket waiting on the customer for 48 hours, on one of the two instances sweeping at the same moment.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AutomationScenarioTest {

    private static final Instant START = Instant.parse("2026-03-02T09:00:00Z");

    private FreshDatabase database;
    private ApplicationContext first;
    private ApplicationContext second;
    private HttpClient http;
    private Api api;
    private AccessTokenIssuer tokens;
    private SignedInUser admin;
    private SignedInUser agent;
    private SignedInUser customer;
    private long billingLeads;

    @BeforeAll
    void twoInstancesOnOneDesk() {
        database = FreshDatabase.create("automation");
        Map<String, Object> settings = new HashMap<>(database.properties());
        settings.put("supportdesk.test.clock", "mutable");
        String secret = UUID.randomUUID().toString() + UUID.randomUUID();
        first = Instances.start(secret, settings);
        second = Instances.start(secret, settings);
        at(START);
        http = first.createBean(HttpClient.class, first.getBean(EmbeddedServer.class).getURL());
        api = new Api(http);
        tokens = first.getBean(AccessTokenIssuer.class);
        SignedInUsers users = first.getBean(SignedInUsers.class);
        admin = users.create(Role.ADMIN);
        agent = users.create(Role.AGENT);
        customer = users.create(Role.CUSTOMER);
        Api.Reply team = api.post("/api/v1/teams", Map.of("name", "Billing leads"), token(admin));
        assertEquals(201, team.status(), team.body()::toString);
        billingLeads = number(team.get("id"));
        assertEquals(200, api.put("/api/v1/teams/" + billingLeads + "/members/" + agent.id().value(),
                Map.of("role", "lead"), token(admin)).status());
    }

    @AfterAll
    void stop() {
        if (http != null) {
            http.close();
        }
        Instances.stop(first, second);
        if (database != null) {
            database.close();
        }
    }

    @Test
    void an_urgent_billing_ticket_is_routed_tagged_and_noted_by_the_rule_as_it_is_created() {
        long rule = createRule(Map.of(
                "name", "Urgent billing to Billing leads",
                "trigger", Map.of("type", "ticket_created"),
                "conditions", Map.of("all", List.of(
                        Map.of("field", "priority", "operator", "is", "value", "urgent"),
                        Map.of("field", "category", "operator", "is", "value", "billing"))),
                "actions", List.of(
                        Map.of("type", "set_team", "value", billingLeads),
                        Map.of("type", "add_tags", "value", List.of("vip")),
                        Map.of("type", "add_internal_note", "value", "Urgent billing: the Billing leads take it."))));
        try {
            long ordinary = open("normal billing question", "high", "billing");
            Api.Reply urgent = api.post("/api/v1/tickets", Map.of("title", "I was charged twice",
                    "description", "Two charges for one order.", "priority", "urgent", "category", "billing"),
                    token(customer));

            assertEquals(201, urgent.status(), urgent.body()::toString);
            // The answer to the create already shows what the rule did.
            assertEquals(List.of("vip"), urgent.get("tags"));
            long ticket = number(urgent.get("id"));
            Api.Reply asStaff = api.get("/api/v1/tickets/" + ticket, token(admin));
            assertEquals(billingLeads, number(((Map<?, ?>) asStaff.get("team")).get("id")), asStaff.body()::toString);

            List<Map<String, Object>> history = api.get("/api/v1/tickets/" + ticket + "/history", token(admin))
                    .items();
            List<Map<String, Object>> byRule = history.stream().filter(entry -> ("Rule: Urgent billing to Billing"
                    + " leads").equals(((Map<?, ?>) entry.get("actor")).get("full_name"))).toList();
            assertEquals(List.of("team_changed", "edited", "comment_added"),
                    byRule.stream().map(entry -> entry.get("kind")).toList(), history::toString);
            assertTrue(byRule.stream().allMatch(e -> "rule".equals(((Map<?, ?>) e.get("actor")).get("role"))));

            // The customer sees the tag, but neither the rule's name nor its note.
            List<Map<String, Object>> seenByCustomer = api.get("/api/v1/tickets/" + ticket + "/history",
                    token(customer)).items();
            assertFalse(seenByCustomer.toString().contains("Rule:"), seenByCustomer::toString);
            assertFalse(seenByCustomer.stream().anyMatch(e -> "comment_added".equals(e.get("kind"))));
            assertFalse(api.get("/api/v1/tickets/" + ticket + "/comments", token(customer)).body().toString()
                    .contains("Billing leads take it"));
            assertTrue(api.get("/api/v1/tickets/" + ticket + "/comments", token(admin)).body().toString()
                    .contains("Billing leads take it"));

            List<Map<String, Object>> runs = api.get("/api/v1/automation/rules/" + rule + "/runs", token(admin))
                    .items();
            assertEquals(1, runs.size(), runs::toString);
            assertEquals(ticket, number(runs.getFirst().get("ticket_id")));
            assertEquals("ticket_created", runs.getFirst().get("trigger"));
            assertEquals(List.of("applied", "applied", "applied"), ((List<?>) runs.getFirst().get("actions"))
                    .stream().map(action -> ((Map<?, ?>) action).get("outcome")).toList());
            // Not urgent: the rule left it alone.
            assertTrue(api.get("/api/v1/tickets/" + ordinary, token(admin)).get("tags").toString().equals("[]"));
        } finally {
            assertEquals(204, api.delete("/api/v1/automation/rules/" + rule, token(admin)).status());
        }
    }

    @Test
    void a_ticket_waiting_on_the_customer_for_48_hours_is_resolved_once_by_one_of_two_instances() throws Exception {
        long rule = createRule(Map.of(
                "name", "Resolve after 48 silent hours",
                "trigger", Map.of("type", "in_status_for", "status", "waiting_on_customer", "hours", 48),
                "actions", List.of(
                        Map.of("type", "set_status", "value", "resolved"),
                        Map.of("type", "add_internal_note", "value", "No answer for 48 hours: resolved."))));
        try {
            Instant waitingSince = clockOf(first).instant();
            long ticket = open("Waiting for the customer", "medium", "general");
            status(ticket, "in_progress");
            status(ticket, "waiting_on_customer");

            at(waitingSince.plus(Duration.ofHours(48)).minusSeconds(1));
            assertEquals(0, sweepBoth().stream().mapToInt(SweepReport::fired).sum(), "not yet 48 hours");

            at(waitingSince.plus(Duration.ofHours(48)));
            List<SweepReport> reports = sweepBoth();
            assertEquals(1, reports.stream().mapToInt(SweepReport::fired).sum(), reports::toString);
            assertEquals("resolved", api.get("/api/v1/tickets/" + ticket, token(admin)).get("status"));

            at(waitingSince.plus(Duration.ofHours(72)));
            assertEquals(0, sweepBoth().stream().mapToInt(SweepReport::fired).sum(), "a period fires once");
            List<Map<String, Object>> runs = api.get("/api/v1/automation/rules/" + rule + "/runs", token(admin))
                    .items();
            assertEquals(1, runs.size(), runs::toString);
            assertEquals("in_status_for", runs.getFirst().get("trigger"));
            long resolvedByRule = api.get("/api/v1/tickets/" + ticket + "/history", token(admin)).items().stream()
                    .filter(e -> "status_changed".equals(e.get("kind")) && "resolved".equals(e.get("new_value")))
                    .filter(e -> "Rule: Resolve after 48 silent hours".equals(
                            ((Map<?, ?>) e.get("actor")).get("full_name")))
                    .count();
            assertEquals(1, resolvedByRule);
        } finally {
            assertEquals(204, api.delete("/api/v1/automation/rules/" + rule, token(admin)).status());
        }
    }

    /** Both instances sweep at the same moment, released together by a barrier. */
    private List<SweepReport> sweepBoth() throws Exception {
        CyclicBarrier together = new CyclicBarrier(2);
        // A thread each: on two cores the common pool has one, and the first sweep would wait at the barrier for a
        // second that never starts.
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<SweepReport>> sweeps = List.of(first, second).stream()
                    .map(context -> threads.submit(() -> {
                        together.await(60, TimeUnit.SECONDS);
                        return context.getBean(SweepTimeRulesUseCase.class).sweep();
                    })).toList();
            // A safety net only: a sweep takes milliseconds, but a hang here must fail the build, not stall it.
            return List.of(sweeps.get(0).get(60, TimeUnit.SECONDS), sweeps.get(1).get(60, TimeUnit.SECONDS));
        } finally {
            threads.shutdownNow();
        }
    }

    private long createRule(Map<String, Object> rule) {
        Api.Reply created = api.post("/api/v1/automation/rules", rule, token(admin));
        assertEquals(201, created.status(), created.body()::toString);
        return number(created.get("id"));
    }

    private long open(String title, String priority, String category) {
        Api.Reply created = api.post("/api/v1/tickets", Map.of("title", title, "description", "Please help.",
                "priority", priority, "category", category), token(customer));
        assertEquals(201, created.status(), created.body()::toString);
        return number(created.get("id"));
    }

    private void status(long ticket, String status) {
        Api.Reply changed = api.put("/api/v1/tickets/" + ticket + "/status", Map.of("status", status), token(admin));
        assertEquals(200, changed.status(), changed.body()::toString);
    }

    private void at(Instant instant) {
        clockOf(first).setTo(instant);
        clockOf(second).setTo(instant);
    }

    private static MutableClock clockOf(ApplicationContext context) {
        return context.getBean(MutableClock.class);
    }

    private String token(SignedInUser user) {
        return tokens.issue(user.account()).value();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }
}
