package io.supportdesk.bootstrap.web;

import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The OpenAPI document, as served, against the running application: every documented operation's success path
 * answers one of the 2xx codes the document gives it, and exactly the operations that answer without a token are
 * documented with {@code security: []}.
 *
 * <p>{@link #examples()} holds one successful call per operation. A documented operation without a line there fails
 * the build, and so does a line for an operation the document does not have: adding an endpoint means adding its
 * example.
 */
@SystemTest
class OpenApiConformanceTest {

    /** Stands in for every path variable when only the route's security is of interest. */
    private static final String ABSENT_ID = "999999999";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SignedInUsers users;

    private ApiDocument document;
    private Api api;
    private SignedInUser admin;
    private SignedInUser manager;
    private SignedInUser agent;
    private String customerEmail;
    private String customer;
    private String refreshTokenToRefresh;
    private String refreshTokenToSignOut;
    private long ticket;
    private long queuedTicket;
    private long attachment;
    private long attachmentToDelete;
    private long ticketToDelete;
    private String category;
    private long pendingMessage;
    private long team;
    private long calendar;
    private long calendarToDelete;
    private long project;
    private long webhook;
    private long webhookToDelete;
    private long webhookDelivery;
    private long automationRule;
    private long automationRuleToDelete;

    /**
     * Everything the examples act on, made the way a client makes it, except staff accounts, which need an admin. The
     * outbox message the retry example requeues stays pending because no dispatcher runs in tests
     * (application-test.yml).
     */
    @BeforeAll
    void setUp() {
        document = ApiDocument.parse(http.toBlocking().retrieve("/swagger/supportdesk.yml"));
        api = new Api(http);
        admin = users.create(Role.ADMIN);
        manager = users.create(Role.MANAGER);
        agent = users.create(Role.AGENT);

        customerEmail = uniqueEmail("customer");
        expect(201, api.post("/api/v1/auth/register",
                Map.of("email", customerEmail, "password", SignedInUsers.PASSWORD, "full_name", "Grace Hopper"), null));
        Api.Reply session = expect(200, api.post("/api/v1/auth/login", credentials(), null));
        customer = session.get("access_token");
        refreshTokenToRefresh = session.get("refresh_token");
        refreshTokenToSignOut = expect(200, api.post("/api/v1/auth/login", credentials(), null)).get("refresh_token");

        calendar = ((Number) expect(201, api.post("/api/v1/calendars", calendarBody("c" + unique()), admin.token()))
                .get("id")).longValue();
        calendarToDelete = ((Number) expect(201, api.post("/api/v1/calendars", calendarBody("c" + unique()),
                admin.token())).get("id")).longValue();
        team = ((Number) expect(201, api.post("/api/v1/teams", Map.of("name", "t" + unique()), admin.token()))
                .get("id")).longValue();
        project = ((Number) expect(201, api.post("/api/v1/projects", Map.of("key",
                "P" + unique().substring(0, 6).toUpperCase(java.util.Locale.ROOT), "name", "Conformance"),
                manager.token())).get("id")).longValue();
        ticket = openTicket();
        queuedTicket = openTicket();
        ticketToDelete = openTicket();
        attachment = uploaded();
        attachmentToDelete = uploaded();
        // Turned off: their deliveries are never claimed, so a test that runs the dispatcher sends nothing to
        // example.com.
        webhook = ((Number) expect(201, api.post("/api/v1/webhooks", Map.of("url",
                "https://hooks.example.com/conformance", "events", List.of("ticket.created"), "active", false),
                admin.token())).get("id")).longValue();
        webhookToDelete = ((Number) expect(201, api.post("/api/v1/webhooks", Map.of("url",
                "https://hooks.example.com/gone", "events", List.of("sla.breached"), "active", false),
                admin.token())).get("id")).longValue();
        webhookDelivery = ((Number) expect(202, api.post("/api/v1/webhooks/" + webhook + "/ping", Map.of(),
                admin.token())).get("id")).longValue();
        // Turned off, so that they never fire on the tickets of other classes (rules apply to every ticket).
        automationRule = ((Number) expect(201, api.post("/api/v1/automation/rules", automationRule("Conformance"),
                admin.token())).get("id")).longValue();
        automationRuleToDelete = ((Number) expect(201, api.post("/api/v1/automation/rules",
                automationRule("Conformance, deleted"), admin.token())).get("id")).longValue();
        category = "c" + unique();
        expect(201, api.post("/api/v1/categories", Map.of("code", category, "name", "Conformance"), admin.token()));
        // Opening the ticket queued a confirmation email for the customer.
        List<Map<String, Object>> pending = expect(200,
                api.get("/api/v1/admin/outbox?status=pending&limit=100", admin.token())).get("items");
        pendingMessage = pending.stream().filter(message -> message.get("ticket_id") instanceof Number id
                        && id.longValue() == ticket)
                .map(message -> ((Number) message.get("id")).longValue()).findFirst()
                .orElseThrow(() -> new AssertionError("no pending outbox message for ticket " + ticket));
    }

    /** One call per documented operation, run in this order: a line may rely on the ones above it. */
    private Map<String, Call> examples() {
        Map<String, Call> examples = new LinkedHashMap<>();
        // Accounts
        examples.put("POST /api/v1/auth/register", anonymous(HttpRequest.POST("/api/v1/auth/register",
                Map.of("email", uniqueEmail("new"), "password", SignedInUsers.PASSWORD, "full_name", "Ada Lovelace"))));
        examples.put("POST /api/v1/auth/login", anonymous(HttpRequest.POST("/api/v1/auth/login", credentials())));
        examples.put("POST /api/v1/auth/token", anonymous(HttpRequest.POST("/api/v1/auth/token",
                        Map.of("grant_type", "password", "username", customerEmail, "password", SignedInUsers.PASSWORD))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED_TYPE)));
        examples.put("POST /api/v1/auth/refresh", anonymous(HttpRequest.POST("/api/v1/auth/refresh",
                Map.of("refresh_token", refreshTokenToRefresh))));
        examples.put("POST /api/v1/auth/logout", anonymous(HttpRequest.POST("/api/v1/auth/logout",
                Map.of("refresh_token", refreshTokenToSignOut))));
        examples.put("GET /api/v1/auth/me", new Call(HttpRequest.GET("/api/v1/auth/me"), customer));
        examples.put("PATCH /api/v1/auth/me", new Call(HttpRequest.PATCH("/api/v1/auth/me",
                Map.of("full_name", "Grace B. Hopper")), customer));
        examples.put("POST /api/v1/ws-tickets", new Call(HttpRequest.POST("/api/v1/ws-tickets", Map.of()), customer));

        // Users and agents
        examples.put("GET /api/v1/users", new Call(HttpRequest.GET("/api/v1/users?role=agent"), manager.token()));
        examples.put("GET /api/v1/users/{id}", new Call(HttpRequest.GET("/api/v1/users/" + agent.id().value()),
                manager.token()));
        examples.put("POST /api/v1/users", new Call(HttpRequest.POST("/api/v1/users", Map.of(
                "email", uniqueEmail("agent"), "password", SignedInUsers.PASSWORD, "full_name", "Alan Turing",
                "role", "agent", "skills", List.of("billing"))), admin.token()));
        examples.put("PATCH /api/v1/users/{id}", new Call(HttpRequest.PATCH("/api/v1/users/" + agent.id().value(),
                Map.of("full_name", "Renamed Agent")), admin.token()));
        examples.put("GET /api/v1/agents", new Call(HttpRequest.GET("/api/v1/agents"), agent.token()));
        examples.put("GET /api/v1/agents/{id}/tickets", new Call(
                HttpRequest.GET("/api/v1/agents/" + agent.id().value() + "/tickets"), agent.token()));

        // Tickets
        examples.put("POST /api/v1/tickets", new Call(HttpRequest.POST("/api/v1/tickets", newTicket()), customer));
        examples.put("GET /api/v1/tickets", new Call(HttpRequest.GET("/api/v1/tickets?sort=-created_at"), customer));
        examples.put("GET /api/v1/search", new Call(HttpRequest.GET("/api/v1/search?q=sign%20in"), customer));
        examples.put("GET /api/v1/tickets/changes", new Call(HttpRequest.GET("/api/v1/tickets/changes?page_size=5"),
                agent.token()));
        examples.put("GET /api/v1/tickets/export.csv", new Call(HttpRequest.GET(
                "/api/v1/tickets/export.csv?status=open&sort=-created_at"), agent.token()));
        examples.put("POST /api/v1/tickets/import", new Call(HttpRequest.POST("/api/v1/tickets/import?dry_run=true",
                "title,description,category,requester_email\r\nPrinter on fire,It smokes after the update.,"
                        + "technical," + customerEmail + "\r\n").contentType("text/csv"), admin.token()));
        examples.put("GET /api/v1/tickets/{ticket}", new Call(HttpRequest.GET(ticketPath(ticket)), customer));
        examples.put("PATCH /api/v1/tickets/{ticket}", new Call(HttpRequest.PATCH(ticketPath(ticket),
                Map.of("title", "Cannot sign in since the update")), customer));
        examples.put("PUT /api/v1/tickets/{ticket}/priority", new Call(HttpRequest.PUT(ticketPath(ticket) + "/priority",
                Map.of("priority", "high")), manager.token()));
        examples.put("POST /api/v1/tickets/{ticket}/assign", new Call(HttpRequest.POST(ticketPath(ticket) + "/assign",
                Map.of("assignee_id", agent.id().value())), manager.token()));
        examples.put("PUT /api/v1/tickets/{ticket}/status", new Call(HttpRequest.PUT(ticketPath(ticket) + "/status",
                Map.of("status", "in_progress")), agent.token()));
        examples.put("POST /api/v1/tickets/{ticket}/auto-assign", new Call(
                HttpRequest.create(HttpMethod.POST, ticketPath(queuedTicket) + "/auto-assign"), manager.token()));
        examples.put("POST /api/v1/tickets/bulk", new Call(HttpRequest.POST("/api/v1/tickets/bulk",
                Map.of("ticket_ids", List.of(ticket), "action", Map.of("add_tags", List.of("bulk")))),
                manager.token()));
        examples.put("GET /api/v1/tickets/{ticket}/history", new Call(HttpRequest.GET(ticketPath(ticket) + "/history"),
                customer));
        examples.put("DELETE /api/v1/tickets/{ticket}", new Call(HttpRequest.DELETE(ticketPath(ticketToDelete)),
                admin.token()));

        // Conversation
        examples.put("POST /api/v1/tickets/{ticket}/comments", new Call(HttpRequest.POST(
                ticketPath(ticket) + "/comments", Map.of("body", "It still happens in a private window.")), customer));
        examples.put("POST /api/v1/tickets/{ticket}/attachments", new Call(HttpRequest.POST(ticketPath(ticket)
                + "/attachments", textFile("steps.txt")).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), customer));
        examples.put("GET /api/v1/tickets/{ticket}/attachments", new Call(HttpRequest.GET(ticketPath(ticket)
                + "/attachments"), customer));
        examples.put("GET /api/v1/attachments/{id}", new Call(HttpRequest.GET("/api/v1/attachments/" + attachment),
                customer));
        examples.put("GET /api/v1/attachments/{id}/content", new Call(HttpRequest.GET("/api/v1/attachments/"
                + attachment + "/content"), customer));
        examples.put("DELETE /api/v1/attachments/{id}", new Call(HttpRequest.DELETE("/api/v1/attachments/"
                + attachmentToDelete), customer));
        examples.put("GET /api/v1/tickets/{ticket}/comments", new Call(HttpRequest.GET(ticketPath(ticket) + "/comments"),
                customer));
        examples.put("GET /api/v1/tickets/{ticket}/chat/history", new Call(
                HttpRequest.GET(ticketPath(ticket) + "/chat/history?limit=10"), customer));
        examples.put("GET /api/v1/tickets/{ticket}/chat/active-users", new Call(
                HttpRequest.GET(ticketPath(ticket) + "/chat/active-users"), customer));
        examples.put("POST /api/v1/tickets/{ticket}/chat/system-message", new Call(HttpRequest.POST(
                ticketPath(ticket) + "/chat/system-message", Map.of("content", "A manager joined.")), manager.token()));

        // Reference data and reports
        examples.put("GET /api/v1/categories", new Call(HttpRequest.GET("/api/v1/categories"), customer));
        examples.put("POST /api/v1/categories", new Call(HttpRequest.POST("/api/v1/categories",
                Map.of("code", "c" + unique(), "name", "Hardware", "required_skill", "hardware")), admin.token()));
        examples.put("PATCH /api/v1/categories/{code}", new Call(HttpRequest.PATCH("/api/v1/categories/" + category,
                Map.of("description", "Tickets of the conformance test")), admin.token()));
        examples.put("GET /api/v1/priorities", new Call(HttpRequest.GET("/api/v1/priorities"), customer));
        examples.put("GET /api/v1/statuses", new Call(HttpRequest.GET("/api/v1/statuses"), customer));
        examples.put("GET /api/v1/ticket-types", new Call(HttpRequest.GET("/api/v1/ticket-types"), customer));
        // Routed nowhere, as shipped: other classes share the database.
        examples.put("PATCH /api/v1/ticket-types/{type}", new Call(HttpRequest.PATCH("/api/v1/ticket-types/task",
                Map.of("team_id", 0)), admin.token()));
        examples.put("POST /api/v1/projects", new Call(HttpRequest.POST("/api/v1/projects", Map.of("key",
                "P" + unique().substring(0, 6).toUpperCase(java.util.Locale.ROOT), "name", "Website",
                "own_numbers", true)), manager.token()));
        examples.put("GET /api/v1/projects", new Call(HttpRequest.GET("/api/v1/projects"), agent.token()));
        examples.put("GET /api/v1/projects/{project}", new Call(HttpRequest.GET("/api/v1/projects/" + project),
                agent.token()));
        examples.put("PATCH /api/v1/projects/{project}", new Call(HttpRequest.PATCH("/api/v1/projects/" + project,
                Map.of("description", "The public website")), manager.token()));
        examples.put("GET /api/v1/sla-policies", new Call(HttpRequest.GET("/api/v1/sla-policies"), agent.token()));
        // The shipped targets again: other classes share the database and its policy.
        examples.put("PUT /api/v1/sla-policies/{priority}", new Call(HttpRequest.PUT("/api/v1/sla-policies/high",
                Map.of("first_response_minutes", 240, "resolution_minutes", 2880)), admin.token()));
        examples.put("GET /api/v1/stats", new Call(HttpRequest.GET("/api/v1/stats"), manager.token()));
        examples.put("GET /api/v1/reports/dashboard", new Call(HttpRequest.GET(
                "/api/v1/reports/dashboard?tz=Europe/Berlin"), manager.token()));
        examples.put("GET /api/v1/reports/volume", new Call(HttpRequest.GET(
                "/api/v1/reports/volume?interval=week&group_by=priority&tz=Europe/Berlin"), manager.token()));
        examples.put("GET /api/v1/reports/agents", new Call(HttpRequest.GET("/api/v1/reports/agents"),
                agent.token()));
        examples.put("GET /api/v1/reports/sla", new Call(HttpRequest.GET("/api/v1/reports/sla?group_by=team"),
                manager.token()));
        examples.put("GET /api/v1/reports/activity", new Call(HttpRequest.GET("/api/v1/reports/activity"),
                admin.token()));

        // Administration
        examples.put("GET /api/v1/admin/outbox", new Call(HttpRequest.GET("/api/v1/admin/outbox?status=dead"),
                admin.token()));
        examples.put("POST /api/v1/admin/outbox/{id}/retry", new Call(
                HttpRequest.create(HttpMethod.POST, "/api/v1/admin/outbox/" + pendingMessage + "/retry"), admin.token()));

        // Teams, calendars and availability
        examples.put("GET /api/v1/calendars", new Call(HttpRequest.GET("/api/v1/calendars"), agent.token()));
        examples.put("GET /api/v1/calendars/{calendar}", new Call(HttpRequest.GET("/api/v1/calendars/" + calendar),
                agent.token()));
        examples.put("POST /api/v1/calendars", new Call(HttpRequest.POST("/api/v1/calendars",
                calendarBody("c" + unique())), admin.token()));
        examples.put("PUT /api/v1/calendars/{calendar}", new Call(HttpRequest.PUT("/api/v1/calendars/" + calendar,
                calendarBody("c" + unique())), admin.token()));
        examples.put("DELETE /api/v1/calendars/{calendar}", new Call(
                HttpRequest.DELETE("/api/v1/calendars/" + calendarToDelete), admin.token()));
        examples.put("POST /api/v1/teams", new Call(HttpRequest.POST("/api/v1/teams", Map.of("name", "t" + unique(),
                "time_zone", "Europe/Berlin", "calendar_id", calendar, "assignment_strategy", "round_robin",
                "auto_assign", true)), admin.token()));
        examples.put("PATCH /api/v1/teams/{team}", new Call(HttpRequest.PATCH("/api/v1/teams/" + team,
                Map.of("calendar_id", calendar, "auto_assign", false)), admin.token()));
        examples.put("PUT /api/v1/teams/{team}/members/{user}", new Call(HttpRequest.PUT("/api/v1/teams/" + team
                + "/members/" + agent.id().value(), Map.of("role", "lead")), admin.token()));
        examples.put("GET /api/v1/teams", new Call(HttpRequest.GET("/api/v1/teams"), agent.token()));
        examples.put("GET /api/v1/teams/{team}", new Call(HttpRequest.GET("/api/v1/teams/" + team), agent.token()));
        examples.put("PUT /api/v1/tickets/{ticket}/team", new Call(HttpRequest.PUT(ticketPath(ticket) + "/team",
                Map.of("team_id", team, "reason", "Billing question")), manager.token()));
        examples.put("PUT /api/v1/tickets/{ticket}/followers/{user}", new Call(HttpRequest.PUT(ticketPath(ticket)
                + "/followers/" + agent.id().value(), Map.of()), manager.token()));
        examples.put("GET /api/v1/tickets/{ticket}/followers", new Call(HttpRequest.GET(ticketPath(ticket)
                + "/followers"), manager.token()));
        examples.put("DELETE /api/v1/tickets/{ticket}/followers/{user}", new Call(HttpRequest.DELETE(ticketPath(ticket)
                + "/followers/" + agent.id().value()), agent.token()));
        examples.put("DELETE /api/v1/teams/{team}/members/{user}", new Call(HttpRequest.DELETE("/api/v1/teams/"
                + team + "/members/" + agent.id().value()), admin.token()));
        examples.put("GET /api/v1/auth/me/availability", new Call(HttpRequest.GET("/api/v1/auth/me/availability"),
                agent.token()));
        examples.put("PUT /api/v1/auth/me/availability", new Call(HttpRequest.PUT("/api/v1/auth/me/availability",
                Map.of("status", "away")), agent.token()));
        // Webhooks
        String webhookPath = "/api/v1/webhooks/" + webhook;
        examples.put("POST /api/v1/webhooks", new Call(HttpRequest.POST("/api/v1/webhooks", Map.of("url",
                "https://hooks.example.com/in", "events", List.of("ticket.created", "comment.created"),
                "active", false)),
                admin.token()));
        examples.put("GET /api/v1/webhooks", new Call(HttpRequest.GET("/api/v1/webhooks"), admin.token()));
        examples.put("GET /api/v1/webhooks/{id}", new Call(HttpRequest.GET(webhookPath), admin.token()));
        examples.put("PATCH /api/v1/webhooks/{id}", new Call(HttpRequest.PATCH(webhookPath,
                Map.of("events", List.of("ticket.created", "ticket.status_changed"))), admin.token()));
        examples.put("POST /api/v1/webhooks/{id}/secret", new Call(HttpRequest.POST(webhookPath + "/secret",
                Map.of()), admin.token()));
        examples.put("POST /api/v1/webhooks/{id}/ping", new Call(HttpRequest.POST(webhookPath + "/ping", Map.of()),
                admin.token()));
        examples.put("GET /api/v1/webhooks/{id}/deliveries", new Call(HttpRequest.GET(webhookPath
                + "/deliveries?limit=10"), admin.token()));
        examples.put("POST /api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", new Call(HttpRequest.POST(
                webhookPath + "/deliveries/" + webhookDelivery + "/redeliver", Map.of()), admin.token()));
        examples.put("DELETE /api/v1/webhooks/{id}", new Call(HttpRequest.DELETE("/api/v1/webhooks/"
                + webhookToDelete), admin.token()));
        // Automation rules
        String rulePath = "/api/v1/automation/rules/" + automationRule;
        examples.put("POST /api/v1/automation/rules", new Call(HttpRequest.POST("/api/v1/automation/rules",
                automationRule("Conformance, created")), admin.token()));
        examples.put("GET /api/v1/automation/rules", new Call(HttpRequest.GET("/api/v1/automation/rules"),
                admin.token()));
        examples.put("GET /api/v1/automation/rules/{id}", new Call(HttpRequest.GET(rulePath), admin.token()));
        examples.put("PUT /api/v1/automation/rules/{id}", new Call(HttpRequest.PUT(rulePath,
                automationRule("Conformance, replaced")), admin.token()));
        examples.put("GET /api/v1/automation/rules/{id}/runs", new Call(HttpRequest.GET(rulePath + "/runs?limit=10"),
                admin.token()));
        examples.put("POST /api/v1/automation/rules/test", new Call(HttpRequest.POST("/api/v1/automation/rules/test",
                Map.of("rule", automationRule("Conformance, tested"), "ticket_id", ticket)), admin.token()));
        examples.put("DELETE /api/v1/automation/rules/{id}", new Call(HttpRequest.DELETE("/api/v1/automation/rules/"
                + automationRuleToDelete), admin.token()));
        return examples;
    }

    /** A rule that is off: saved, it never fires on anyone's tickets. */
    private static Map<String, Object> automationRule(String name) {
        return Map.of("name", name, "active", false, "trigger", Map.of("type", "ticket_created"),
                "conditions", Map.of("all", List.of(Map.of("field", "priority", "operator", "in",
                        "value", List.of("high", "urgent")))),
                "actions", List.of(Map.of("type", "add_tags", "value", List.of("conformance"))));
    }

    /** Office hours in Berlin, Monday to Friday, closed on Christmas Day every year. */
    private static Map<String, Object> calendarBody(String name) {
        List<Map<String, String>> day = List.of(Map.of("from", "09:00", "to", "17:00"));
        return Map.of("name", name, "time_zone", "Europe/Berlin", "week", Map.of("monday", day, "tuesday", day,
                "wednesday", day, "thursday", day, "friday", day),
                "holidays", List.of(Map.of("date", "2026-12-25", "yearly", true)));
    }

    @Test
    void every_documented_operation_has_an_example_and_every_example_is_documented() {
        Set<String> documented = document.keys();
        Set<String> exemplified = new TreeSet<>(examples().keySet());
        Set<String> withoutExample = new TreeSet<>(documented);
        withoutExample.removeAll(exemplified);
        Set<String> undocumented = new TreeSet<>(exemplified);
        undocumented.removeAll(documented);
        if (!withoutExample.isEmpty() || !undocumented.isEmpty()) {
            fail("The examples and the API document disagree.\n  documented, no example: " + withoutExample
                    + "\n  example, not documented: " + undocumented);
        }
    }

    @TestFactory
    Stream<DynamicTest> every_success_path_answers_a_documented_success_code() {
        Map<String, ApiDocument.Operation> byKey = document.operations().stream()
                .collect(Collectors.toMap(ApiDocument.Operation::key, Function.identity()));
        return examples().entrySet().stream().map(example -> DynamicTest.dynamicTest(example.getKey(), () -> {
            ApiDocument.Operation operation = byKey.get(example.getKey());
            assertTrue(operation != null, () -> example.getKey() + " is not in the API document");
            Api.TextReply reply = api.sendForText(example.getValue().request(), example.getValue().token());
            assertTrue(operation.successCodes().contains(reply.status()), () -> example.getKey() + " answered "
                    + reply.status() + ", documented " + operation.successCodes() + ": " + reply.body());
        }));
    }

    /**
     * Whether an operation needs a token is asked of the application, not of the code: called without one, it answers
     * 401 or it does not. Bodies are empty, so an operation that lets the caller in refuses the body instead.
     */
    @Test
    void exactly_the_operations_that_need_no_token_lift_the_bearer_requirement() {
        List<String> wrong = new ArrayList<>();
        for (ApiDocument.Operation operation : document.operations()) {
            boolean anonymous = api.sendForText(withoutToken(operation), null).status() != 401;
            if (anonymous && !operation.needsNoToken()) {
                wrong.add(operation.key() + " answers without a token but is documented with " + operation.security());
            }
            if (!anonymous && !operation.needsTheBearerToken()) {
                wrong.add(operation.key() + " answers 401 without a token but is documented with "
                        + operation.security());
            }
        }
        assertEquals(List.of(), wrong);
    }

    private static MutableHttpRequest<Object> withoutToken(ApiDocument.Operation operation) {
        HttpMethod method = HttpMethod.parse(operation.method());
        MutableHttpRequest<Object> request = HttpRequest.create(method, operation.path().replaceAll("\\{[^}]+}", ABSENT_ID));
        if (HttpMethod.permitsRequestBody(method)) {
            Api.withEmptyBody(request, operation.requestMediaTypes());
        }
        return request;
    }

    private static io.micronaut.http.client.multipart.MultipartBody textFile(String name) {
        return io.micronaut.http.client.multipart.MultipartBody.builder().addPart("file", name,
                MediaType.TEXT_PLAIN_TYPE, "1. restart\n2. retry\n".getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .build();
    }

    private long uploaded() {
        List<Map<String, Object>> items = expect(201, api.send(HttpRequest.POST(ticketPath(ticket) + "/attachments",
                textFile("notes.txt")).contentType(MediaType.MULTIPART_FORM_DATA_TYPE), customer)).get("items");
        return ((Number) items.getFirst().get("id")).longValue();
    }

    /** A request and the access token to send it with ({@code null}: none). */
    private record Call(MutableHttpRequest<?> request, String token) {
    }

    private static Call anonymous(MutableHttpRequest<?> request) {
        return new Call(request, null);
    }

    private Map<String, String> credentials() {
        return Map.of("email", customerEmail, "password", SignedInUsers.PASSWORD);
    }

    private long openTicket() {
        Number id = expect(201, api.post("/api/v1/tickets", newTicket(), customer)).get("id");
        return id.longValue();
    }

    private static Map<String, Object> newTicket() {
        return Map.of("title", "Cannot log in after the update",
                "description", "Since this morning the login page says my password is wrong.",
                "category", "account");
    }

    private static String ticketPath(long id) {
        return "/api/v1/tickets/" + id;
    }

    private static Api.Reply expect(int status, Api.Reply reply) {
        assertEquals(status, reply.status(), () -> "setting up: " + reply.body());
        return reply;
    }

    private static String unique() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private static String uniqueEmail(String who) {
        return who + "-" + unique() + "@example.test";
    }
}
