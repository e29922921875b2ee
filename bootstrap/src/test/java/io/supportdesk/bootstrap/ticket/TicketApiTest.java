package io.supportdesk.bootstrap.ticket;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
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

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ticket API driven over HTTP like a client, on real PostgreSQL. */
@SystemTest
class TicketApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SignedInUsers users;

    private Api api;
    private String customer;
    private String otherCustomer;
    private String agent;
    private String admin;
    private UserId agentId;

    @BeforeAll
    void signIn() {
        api = new Api(http);
        customer = users.create(Role.CUSTOMER).token();
        otherCustomer = users.create(Role.CUSTOMER).token();
        admin = users.create(Role.ADMIN).token();
        SignedInUser agentCaller = users.create(Role.AGENT);
        agentId = agentCaller.id();
        agent = agentCaller.token();
    }

    private Api.Reply open(String token, Map<String, Object> body) {
        return api.post("/api/v1/tickets", body, token);
    }

    private Map<String, Object> validTicket() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "Printer   on fire");
        body.put("description", "It started smoking after the firmware update.");
        body.put("category", "technical");
        body.put("priority", "high");
        body.put("tags", List.of("Printer", "Hardware"));
        return body;
    }

    @Test
    void a_customer_opens_a_ticket_and_gets_it_back_with_location_etag_and_sla() {
        Api.Reply created = open(customer, validTicket());

        assertEquals(201, created.status(), () -> created.body().toString());
        Number id = created.get("id");
        assertEquals("/api/v1/tickets/" + id, created.raw().header(HttpHeaders.LOCATION));
        assertEquals("\"0\"", created.raw().header(HttpHeaders.ETAG));
        assertTrue(String.valueOf((Object) created.get("number")).matches("TKT-\\d{6,}"));
        assertEquals("Printer on fire", created.get("title"));
        assertEquals("open", created.get("status"));
        assertEquals(List.of("printer", "hardware"), created.get("tags"));
        assertEquals(List.of("closed"), created.get("allowed_transitions"));
        Map<String, Object> sla = created.get("sla");
        assertNotNull(sla.get("first_response_due_at"));
        assertEquals("ok", sla.get("state"));

        Api.Reply byNumber = api.get("/api/v1/tickets/" + created.get("number"), customer);
        assertEquals(200, byNumber.status());
        assertEquals(id, byNumber.get("id"));
    }

    @Test
    void staff_open_a_phone_ticket_for_a_customer_whose_own_tickets_come_in_through_the_web_only() {
        SignedInUser caller = users.create(Role.CUSTOMER);
        Map<String, Object> phoned = validTicket();
        phoned.put("requester_email", caller.email());
        phoned.put("channel", "phone");

        Api.Reply opened = open(agent, phoned);

        assertEquals(201, opened.status(), () -> opened.body().toString());
        assertEquals("phone", opened.get("channel"));
        Map<String, Object> requester = opened.get("requester");
        assertEquals(caller.id().value(), ((Number) requester.get("id")).longValue());
        assertEquals("phone", api.get("/api/v1/tickets/" + opened.get("id"), caller.token()).get("channel"));
        assertEquals("web", open(caller.token(), validTicket()).get("channel"), "unless told otherwise");

        Map<String, Object> claimed = validTicket();
        claimed.put("channel", "phone");
        Api.Reply refused = open(caller.token(), claimed);
        assertEquals(403, refused.status(), () -> refused.body().toString());
        assertEquals("application/problem+json", refused.contentType());
        assertEquals(List.of("channel"), refused.errorFields());

        // Only the import brings tickets in as imported, and a channel nobody knows is an invalid field.
        for (String channel : List.of("import", "fax")) {
            Map<String, Object> body = validTicket();
            body.put("channel", channel);
            Api.Reply invalid = open(agent, body);
            assertEquals(422, invalid.status(), () -> invalid.body().toString());
            assertEquals(List.of("channel"), invalid.errorFields());
        }
    }

    @Test
    void submission_metadata_is_kept_and_bounded() {
        Map<String, Object> body = validTicket();
        body.put("metadata", Map.of("browser", "Firefox 140", "os", "Linux", "ip", "203.0.113.7",
                "user_agent", "Mozilla/5.0", "referrer", "https://example.test/help"));
        Number id = open(customer, body).get("id");
        Map<String, Object> metadata = api.get("/api/v1/tickets/" + id, agent).get("metadata");
        assertEquals("203.0.113.7", metadata.get("ip"));
        assertEquals("Firefox 140", metadata.get("browser"));

        body.put("metadata", Map.of("ip", "<script>", "browser", "x".repeat(101)));
        Api.Reply invalid = open(customer, body);
        assertEquals(422, invalid.status());
        List<Map<String, Object>> errors = invalid.get("errors");
        assertEquals("metadata.browser", errors.get(0).get("field"));
    }

    @Test
    void hostile_bodies_and_parameters_are_client_errors_never_500() {
        List<String> bodies = List.of(
                "[]", "\"just a string\"", "null", "{}",
                "{\"title\": 42, \"description\": \"A long enough description\", \"category\": \"general\"}",
                "{\"title\": \"Fine title\", \"description\": \"A long enough description\", \"category\": \"general\", \"tags\": [null]}",
                "{\"title\": \"Fine title\", \"description\": \"A long enough description\", \"category\": \"general\", \"tags\": \"notalist\"}",
                "{\"title\": \"Fine title\", \"description\": \"A long enough description\", \"category\": \"general\", \"custom_fields\": {\"nested\": {\"a\": 1}}}",
                "{\"title\": \"Fine title\", \"description\": \"A long enough description\", \"category\": \"general\", \"custom_fields\": [1]}",
                "{\"title\": \"Fine title\", \"description\": \"A long enough description\", \"category\": \"UPPER CASE\"}",
                "{\"title\": \"Fine title\", \"description\": \"A long enough description\", \"category\": \"general\", \"requester_email\": \"not-an-email\"}",
                "{\"title\": \"Fine title\", \"description\": \"A long enough description\", \"category\": \"general\", \"metadata\": {\"ip\": 12}}");
        for (String body : bodies) {
            Api.Reply reply = api.send(HttpRequest.POST("/api/v1/tickets", body)
                    .contentType(MediaType.APPLICATION_JSON), customer);
            assertTrue(reply.status() >= 400 && reply.status() < 500, () -> body + " -> " + reply.status()
                    + " " + reply.body());
        }
        Number id = open(customer, validTicket()).get("id");
        for (String path : List.of("/api/v1/tickets/99999999999999999999999", "/api/v1/tickets/-1",
                "/api/v1/tickets/TKT-", "/api/v1/tickets?page=99999999999", "/api/v1/tickets?status=",
                "/api/v1/tickets?tag=%00", "/api/v1/tickets/" + id + "/comments?page_size=abc")) {
            Api.Reply reply = api.get(path, agent);
            assertTrue(reply.status() < 500, () -> path + " -> " + reply.status() + " " + reply.body());
        }
        for (String body : List.of("{\"assignee_id\": -5}", "{\"assignee_id\": \"abc\"}", "{}")) {
            Api.Reply reply = api.send(HttpRequest.POST("/api/v1/tickets/" + id + "/assign", body)
                    .contentType(MediaType.APPLICATION_JSON), agent);
            assertTrue(reply.status() >= 400 && reply.status() < 500, () -> body + " -> " + reply.status());
        }
    }

    /** Raw JSON, so the escapes reach the server as a client would send them. */
    private Api.Reply sendJson(String method, String path, String json, String token) {
        return api.send(HttpRequest.create(io.micronaut.http.HttpMethod.valueOf(method), path).body(json)
                .contentType(MediaType.APPLICATION_JSON), token);
    }

    private static String fieldOf(Api.Reply reply) {
        List<Map<String, Object>> errors = reply.get("errors");
        return errors == null || errors.isEmpty() ? null : (String) errors.getFirst().get("field");
    }

    @Test
    void a_nul_byte_or_a_lone_surrogate_is_a_422_naming_the_field_wherever_text_goes() {
        String fine = "\"description\": \"A long enough description\", \"category\": \"general\"";
        Map<String, String> ticketBodies = Map.of(
                "title", "{\"title\": \"a\\u0000b title\", " + fine + "}",
                "description", "{\"title\": \"Fine title\", \"description\": \"ten chars \\u0000 and more\", "
                        + "\"category\": \"general\"}",
                "custom_fields", "{\"title\": \"Fine title\", " + fine + ", \"custom_fields\": {\"k\": \"a\\u0000\"}}",
                "metadata.browser", "{\"title\": \"Fine title\", " + fine + ", \"metadata\": {\"browser\": \"x\\u0000\"}}");
        ticketBodies.forEach((field, body) -> {
            Api.Reply reply = sendJson("POST", "/api/v1/tickets", body, customer);
            assertEquals(422, reply.status(), () -> field + " -> " + reply.body());
            assertEquals(field, fieldOf(reply), () -> reply.body().toString());
        });
        Api.Reply surrogate = sendJson("POST", "/api/v1/tickets", "{\"title\": \"Fine \\ud800 title\", " + fine + "}",
                customer);
        assertEquals(422, surrogate.status(), () -> surrogate.body().toString());

        Number id = open(customer, validTicket()).get("id");
        Api.Reply comment = sendJson("POST", "/api/v1/tickets/" + id + "/comments", "{\"body\": \"hi\\u0000\"}",
                customer);
        assertEquals(422, comment.status(), () -> comment.body().toString());
        assertEquals("body", fieldOf(comment));
        Api.Reply reason = sendJson("PUT", "/api/v1/tickets/" + id + "/status",
                "{\"status\": \"closed\", \"reason\": \"done\\u0000\"}", customer);
        assertEquals(422, reason.status(), () -> reason.body().toString());
        assertEquals("reason", fieldOf(reason));

        Api.Reply register = sendJson("POST", "/api/v1/auth/register", "{\"email\": \"nul\\u0000@example.com\", "
                + "\"password\": \"long enough passphrase\", \"full_name\": \"Nul\"}", null);
        assertEquals(422, register.status(), () -> register.body().toString());
        Api.Reply name = sendJson("POST", "/api/v1/auth/register", "{\"email\": \"nul-name@example.com\", "
                + "\"password\": \"long enough passphrase\", \"full_name\": \"N\\u0000l\"}", null);
        assertEquals("full_name", fieldOf(name), () -> name.body().toString());
        Api.Reply login = sendJson("POST", "/api/v1/auth/login",
                "{\"email\": \"nul\\u0000@example.com\", \"password\": \"long enough passphrase\"}", null);
        assertEquals(422, login.status(), () -> login.body().toString());
        assertEquals("email", fieldOf(login));
        Api.Reply search = api.get("/api/v1/users?q=%00", admin);
        assertEquals(400, search.status(), () -> search.body().toString());
        assertEquals("q", fieldOf(search));
        Api.Reply category = sendJson("POST", "/api/v1/categories",
                "{\"code\": \"nulcat\", \"name\": \"N\\u0000\", \"description\": \"\"}", admin);
        assertEquals(422, category.status(), () -> category.body().toString());
    }

    @Test
    void a_body_with_more_after_its_json_or_with_broken_utf8_is_malformed() {
        String valid = "{\"title\": \"Fine title\", \"description\": \"A long enough description\", "
                + "\"category\": \"general\"}";
        for (byte[] body : List.of((valid + " trailing").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                (valid + "{\"x\": 1}").getBytes(java.nio.charset.StandardCharsets.UTF_8),
                // An overlong encoding of "/" (0xC0 0xAF) inside the title.
                valid.replace("Fine", "Fi\u0001ne").getBytes(java.nio.charset.StandardCharsets.UTF_8))) {
            byte[] sent = body.clone();
            for (int i = 0; i < sent.length; i++) {
                if (sent[i] == 1) {
                    sent = java.util.Arrays.copyOf(sent, sent.length + 1);
                    System.arraycopy(body, i + 1, sent, i + 2, body.length - i - 1);
                    sent[i] = (byte) 0xC0;
                    sent[i + 1] = (byte) 0xAF;
                    break;
                }
            }
            Api.Reply reply = api.send(HttpRequest.POST("/api/v1/tickets", sent)
                    .contentType(MediaType.APPLICATION_JSON), customer);
            assertEquals(400, reply.status(), () -> reply.body().toString());
            assertEquals("MALFORMED_JSON", reply.get("code"));
        }
        assertEquals(201, api.send(HttpRequest.POST("/api/v1/tickets", valid + "\n")
                .contentType(MediaType.APPLICATION_JSON), customer).status(), "white space after the value is fine");
    }

    @Test
    void every_invalid_field_is_reported_at_once() {
        Map<String, Object> body = new HashMap<>();
        body.put("title", "ab");
        body.put("description", "short");
        body.put("category", "nonsense");
        body.put("priority", "critical");
        body.put("tags", List.of("ok", "NOT OK!"));
        Api.Reply reply = open(customer, body);

        assertEquals(422, reply.status());
        assertEquals("VALIDATION_FAILED", reply.get("code"));
        List<Map<String, Object>> errors = reply.get("errors");
        assertEquals(List.of("title", "description", "priority", "tags", "category"),
                errors.stream().map(e -> e.get("field")).toList(), "the unknown category too, in the same answer");
    }

    @Test
    void an_unknown_category_and_an_unknown_field_are_client_errors() {
        Map<String, Object> body = validTicket();
        body.put("category", "no_such_category");
        Api.Reply unknownCategory = open(customer, body);
        assertEquals(422, unknownCategory.status());
        assertEquals("category", ((List<Map<String, Object>>) unknownCategory.get("errors")).get(0).get("field"));

        Map<String, Object> extra = validTicket();
        extra.put("requester_id", 1);
        assertEquals("UNKNOWN_FIELD", open(customer, extra).get("code"));
    }

    @Test
    void another_customers_ticket_is_not_found_and_not_listed() {
        Number id = open(customer, validTicket()).get("id");

        Api.Reply foreign = api.get("/api/v1/tickets/" + id, otherCustomer);
        assertEquals(404, foreign.status());
        assertEquals("application/problem+json", foreign.raw().getContentType().orElseThrow().toString());

        Api.Reply list = api.get("/api/v1/tickets?page_size=100", otherCustomer);
        List<Map<String, Object>> items = list.get("items");
        assertTrue(items.stream().noneMatch(t -> id.equals(t.get("id"))));
    }

    @Test
    void bad_filters_and_sorts_are_400s_naming_the_parameter() {
        for (String query : List.of("status=sleeping", "sort=-title", "page=0", "page_size=101", "priority=meh",
                "created_after=yesterday", "assignee_id=abc", "unassigned=maybe")) {
            Api.Reply reply = api.get("/api/v1/tickets?" + query, agent);
            assertEquals(400, reply.status(), query);
            String parameter = query.substring(0, query.indexOf('='));
            assertEquals(parameter, ((List<Map<String, Object>>) reply.get("errors")).get(0).get("field"), query);
        }
    }

    @Test
    void the_support_flow_with_an_internal_note_the_customer_never_sees() {
        Map<String, Object> ticket = open(customer, validTicket()).body();
        String path = "/api/v1/tickets/" + ticket.get("id");

        assertEquals("assigned", api.post(path + "/assign", Map.of("assignee_id", agentId.value()), agent)
                .get("status"));
        assertEquals("in_progress", put(path + "/status", Map.of("status", "in_progress"), agent).get("status"));
        assertEquals("waiting_on_customer",
                put(path + "/status", Map.of("status", "waiting_on_customer"), agent).get("status"));

        assertEquals(201, api.post(path + "/comments", Map.of("body", "Serial is 12345"), customer).status());
        assertEquals("in_progress", api.get(path, agent).get("status"));
        assertEquals(201, api.post(path + "/comments",
                Map.of("body", "Customer is on the legacy plan", "internal", true), agent).status());
        assertEquals(403, api.post(path + "/comments", Map.of("body", "sneaky", "internal", true), customer).status());

        Api.Reply customerView = api.get(path + "/comments", customer);
        assertEquals(1, ((Number) customerView.get("total")).intValue());
        assertFalse(customerView.body().toString().contains("legacy plan"));
        assertEquals(2, ((Number) api.get(path + "/comments", agent).get("total")).intValue());

        assertEquals("resolved", put(path + "/status", Map.of("status", "resolved", "reason", "Firmware rolled back"),
                agent).get("status"));
        assertTrue(historyOf(path, customer).stream().anyMatch(e -> "resolved".equals(e.get("new_value"))
                && "Firmware rolled back".equals(e.get("note"))));
        assertEquals("reopened", put(path + "/status", Map.of("status", "reopened"), customer).get("status"));
    }

    @Test
    void an_internal_note_moves_the_staff_view_but_not_the_customers_etag_updated_at_or_order() {
        String owner = users.create(Role.CUSTOMER).token();
        Map<String, Object> first = open(owner, validTicket()).body();
        Map<String, Object> second = open(owner, validTicket()).body();
        String path = "/api/v1/tickets/" + first.get("id");
        Api.Reply before = api.get(path, owner);
        String staffEtagBefore = api.get(path, agent).raw().header(HttpHeaders.ETAG);

        assertEquals(201, api.post(path + "/comments", Map.of("body", "Refund approved off the record",
                "internal", true), agent).status());

        Api.Reply after = api.get(path, owner);
        assertEquals(before.raw().header(HttpHeaders.ETAG), after.raw().header(HttpHeaders.ETAG));
        assertEquals((Object) before.get("version"), after.get("version"));
        assertEquals((Object) before.get("updated_at"), after.get("updated_at"));
        Api.Reply staff = api.get(path, agent);
        assertFalse(staffEtagBefore.equals(staff.raw().header(HttpHeaders.ETAG)), "staff see the note move it");
        assertFalse(before.get("updated_at").equals(staff.get("updated_at")));
        // Sorted by what each can see: the note puts the first ticket on top for staff only.
        assertEquals(second.get("id"), firstIdOf(api.get("/api/v1/tickets?sort=-updated_at", owner)));
        assertEquals(first.get("id"), firstIdOf(api.get("/api/v1/tickets?sort=-updated_at&requester_id="
                + ((Map<?, ?>) first.get("requester")).get("id"), agent)));
        // The customer's ETag still guards their edit; a public answer moves it.
        Api.Reply edited = api.send(HttpRequest.PATCH(path, Map.of("title", "Still smoking")), owner,
                r -> r.header(HttpHeaders.IF_MATCH, before.raw().header(HttpHeaders.ETAG)));
        assertEquals(200, edited.status(), () -> edited.body().toString());
        api.post(path + "/comments", Map.of("body", "We are on it"), agent);
        assertFalse(edited.raw().header(HttpHeaders.ETAG).equals(api.get(path, owner).raw().header(HttpHeaders.ETAG)));
    }

    private static Object firstIdOf(Api.Reply list) {
        return ((List<Map<String, Object>>) list.get("items")).get(0).get("id");
    }

    @Test
    void history_hides_internal_notes_from_customers() {
        Map<String, Object> ticket = open(customer, validTicket()).body();
        String path = "/api/v1/tickets/" + ticket.get("id");
        api.post(path + "/comments", Map.of("body", "internal remark", "internal", true), agent);
        api.post(path + "/comments", Map.of("body", "public answer"), agent);

        List<Map<String, Object>> forAgent = historyOf(path, agent);
        List<Map<String, Object>> forCustomer = historyOf(path, customer);
        assertEquals(2, forAgent.stream().filter(e -> "comment_added".equals(e.get("kind"))).count());
        assertEquals(1, forCustomer.stream().filter(e -> "comment_added".equals(e.get("kind"))).count());
        assertEquals("created", forCustomer.get(0).get("kind"));
    }

    @Test
    void a_stale_version_is_412_and_an_invalid_transition_is_409_with_the_allowed_targets() {
        Map<String, Object> ticket = open(customer, validTicket()).body();
        String path = "/api/v1/tickets/" + ticket.get("id");
        put(path + "/status", Map.of("status", "in_progress"), agent);

        Api.Reply stale = api.send(HttpRequest.PATCH(path, Map.of("title", "New title")), agent,
                r -> r.header(HttpHeaders.IF_MATCH, "\"0\""));
        assertEquals(412, stale.status());
        assertEquals("VERSION_CONFLICT", stale.get("code"));

        Api.Reply invalid = put(path + "/status", Map.of("status", "reopened"), agent);
        assertEquals(409, invalid.status());
        assertEquals("INVALID_TRANSITION", invalid.get("code"));
        assertEquals(List.of("closed", "on_hold", "resolved", "waiting_on_customer"), invalid.get("allowed"));
    }

    @Test
    void customers_cannot_set_staff_fields_and_only_admins_delete() {
        Map<String, Object> ticket = open(customer, validTicket()).body();
        String path = "/api/v1/tickets/" + ticket.get("id");

        Api.Reply priority = api.send(HttpRequest.PATCH(path, Map.of("priority", "urgent")), customer);
        assertEquals(403, priority.status());
        assertEquals("priority", ((List<Map<String, Object>>) priority.get("errors")).get(0).get("field"));

        assertEquals(403, api.send(HttpRequest.DELETE(path), agent).status());
        assertEquals(204, api.send(HttpRequest.DELETE(path), admin).status());
        assertEquals(404, api.get(path, admin).status());
    }

    @Test
    void unauthenticated_calls_are_401_problems() {
        Api.Reply reply = api.get("/api/v1/tickets", null);
        assertEquals(401, reply.status());
        assertEquals("application/problem+json", reply.raw().getContentType().orElseThrow().toString());
    }

    private Api.Reply put(String path, Map<String, Object> body, String token) {
        return api.send(HttpRequest.PUT(path, body).contentType(MediaType.APPLICATION_JSON), token);
    }

    private List<Map<String, Object>> historyOf(String path, String token) {
        return api.list(path + "/history", token);
    }
}
