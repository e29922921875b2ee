package io.supportdesk.bootstrap.ticket;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Categories, priorities and the workflow over HTTP, as each role sees them. */
@SystemTest
class ReferenceDataApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SignedInUsers users;

    private Api api;
    private String customer;
    private String agent;
    private String manager;
    private String admin;

    @BeforeAll
    void signIn() {
        api = new Api(http);
        customer = users.create(Role.CUSTOMER).token();
        agent = users.create(Role.AGENT).token();
        manager = users.create(Role.MANAGER).token();
        admin = users.create(Role.ADMIN).token();
    }

    private static String freshCode() {
        return "cat_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }

    private Api.Reply patch(String uri, Object body, String token) {
        return api.send(HttpRequest.PATCH(uri, body), token);
    }

    private static List<String> codes(Api.Reply reply) {
        List<Map<String, Object>> items = reply.get("items");
        return items.stream().map(item -> (String) item.get("code")).toList();
    }

    private static List<String> fields(Api.Reply reply) {
        List<Map<String, Object>> errors = reply.get("errors");
        return errors.stream().map(error -> (String) error.get("field")).toList();
    }

    @Test
    void every_signed_in_role_reads_the_seeded_categories_and_anonymous_callers_none() {
        for (String token : List.of(customer, agent, manager, admin)) {
            Api.Reply reply = api.get("/api/v1/categories", token);
            assertEquals(200, reply.status());
            assertTrue(codes(reply).containsAll(List.of("technical", "billing", "account", "general",
                    "feature_request", "bug_report", "security", "api")), () -> reply.body().toString());
        }
        assertEquals(401, api.get("/api/v1/categories", null).status());
    }

    @Test
    void an_admin_adds_a_category_that_customers_see_until_it_is_deactivated() {
        String code = freshCode();
        Api.Reply created = api.post("/api/v1/categories", Map.of("code", code, "name", "Hardware",
                "description", "Laptops and printers", "required_skill", "Hardware", "first_response_minutes", 60,
                "resolution_minutes", 0), admin);

        assertEquals(201, created.status(), () -> created.body().toString());
        assertEquals("/api/v1/categories/" + code, created.raw().header(HttpHeaders.LOCATION));
        assertEquals("hardware", created.get("required_skill"));
        assertEquals(60, ((Number) created.get("first_response_minutes")).intValue());
        assertNull(created.get("resolution_minutes"));
        assertEquals(true, created.get("active"));
        assertTrue(codes(api.get("/api/v1/categories", customer)).contains(code));

        Api.Reply deactivated = patch("/api/v1/categories/" + code, Map.of("active", false), admin);
        assertEquals(200, deactivated.status(), () -> deactivated.body().toString());
        assertEquals("Hardware", deactivated.get("name"));
        assertFalse(codes(api.get("/api/v1/categories", customer)).contains(code));
        assertTrue(codes(api.get("/api/v1/categories", agent)).contains(code));
        assertTrue(codes(api.get("/api/v1/categories", manager)).contains(code));
    }

    @Test
    void a_taken_code_is_a_409_naming_the_code() {
        Api.Reply reply = api.post("/api/v1/categories", Map.of("code", "billing", "name", "Money"), admin);

        assertEquals(409, reply.status());
        assertEquals("CATEGORY_EXISTS", reply.get("code"));
        assertEquals(List.of("code"), fields(reply));
        assertEquals("application/problem+json", reply.raw().getContentType().orElseThrow().toString());
    }

    @Test
    void every_invalid_field_of_a_new_category_is_reported_at_once() {
        Map<String, Object> body = new HashMap<>();
        body.put("code", "Not A Code");
        body.put("name", " ");
        body.put("description", "x".repeat(1001));
        body.put("required_skill", "money & more");
        body.put("first_response_minutes", -5);
        body.put("resolution_minutes", 10_000_000);
        Api.Reply reply = api.post("/api/v1/categories", body, admin);

        assertEquals(422, reply.status());
        assertEquals("VALIDATION_FAILED", reply.get("code"));
        assertEquals(List.of("code", "name", "description", "required_skill", "first_response_minutes",
                "resolution_minutes"), fields(reply));
    }

    @Test
    void an_unknown_field_is_rejected_not_ignored() {
        Api.Reply reply = api.post("/api/v1/categories", Map.of("code", freshCode(), "name", "X",
                "colour", "red"), admin);
        assertEquals(400, reply.status());
        assertEquals("UNKNOWN_FIELD", reply.get("code"));
    }

    @Test
    void only_admins_change_categories() {
        for (String token : List.of(customer, agent, manager)) {
            assertEquals(403, api.post("/api/v1/categories", Map.of("code", freshCode(), "name", "X"), token)
                    .status());
            assertEquals(403, patch("/api/v1/categories/billing", Map.of("name", "Money"), token).status());
        }
        assertEquals("Billing", api.get("/api/v1/categories", admin).<List<Map<String, Object>>>get("items")
                .stream().filter(c -> "billing".equals(c.get("code"))).findFirst().orElseThrow().get("name"));
    }

    @Test
    void a_patch_changes_what_it_names_and_zero_or_blank_removes_an_override_or_skill() {
        String code = freshCode();
        api.post("/api/v1/categories", Map.of("code", code, "name", "Hardware", "required_skill", "hardware",
                "first_response_minutes", 60, "resolution_minutes", 600), admin);

        Api.Reply changed = patch("/api/v1/categories/" + code, Map.of("name", "Devices",
                "first_response_minutes", 0, "resolution_minutes", 480, "required_skill", ""), admin);

        assertEquals(200, changed.status(), () -> changed.body().toString());
        assertEquals("Devices", changed.get("name"));
        assertNull(changed.get("first_response_minutes"));
        assertEquals(480, ((Number) changed.get("resolution_minutes")).intValue());
        assertNull(changed.get("required_skill"));
        assertEquals(true, changed.get("active"));
    }

    @Test
    void patching_an_unknown_category_is_404_and_bad_values_are_422() {
        Api.Reply unknown = patch("/api/v1/categories/no_such_category", Map.of("name", "X"), admin);
        assertEquals(404, unknown.status());
        assertEquals("CATEGORY_NOT_FOUND", unknown.get("code"));
        assertEquals(404, patch("/api/v1/categories/NOT-A-CODE", Map.of("name", "X"), admin).status());

        Api.Reply invalid = patch("/api/v1/categories/billing", Map.of("name", "", "resolution_minutes", -1),
                admin);
        assertEquals(422, invalid.status());
        assertEquals(List.of("name", "resolution_minutes"), fields(invalid));
    }

    @Test
    void priorities_come_lowest_first_with_their_sla_targets() {
        Api.Reply reply = api.get("/api/v1/priorities", customer);

        assertEquals(200, reply.status());
        assertEquals(List.of("low", "medium", "high", "urgent"), codes(reply));
        Map<String, Object> urgent = reply.<List<Map<String, Object>>>get("items").get(3);
        assertEquals(4, ((Number) urgent.get("rank")).intValue());
        assertEquals(Map.of("first_response", "PT2H", "first_response_minutes", 120, "resolution", "PT24H",
                "resolution_minutes", 1440), urgent.get("sla"));
    }

    @Test
    void statuses_carry_the_workflow_table_and_the_reopen_window() {
        Api.Reply reply = api.get("/api/v1/statuses", agent);

        assertEquals(200, reply.status());
        assertEquals(List.of("open", "assigned", "in_progress", "waiting_on_customer", "on_hold", "resolved",
                "closed", "reopened"), codes(reply));
        Map<String, Object> open = reply.<List<Map<String, Object>>>get("items").get(0);
        assertEquals(List.of("assigned", "in_progress", "closed"), open.get("allowed_targets"));
        assertEquals(true, open.get("open"));
        Map<String, Object> closed = reply.<List<Map<String, Object>>>get("items").get(6);
        assertEquals(List.of("reopened"), closed.get("allowed_targets"));
        assertEquals(false, closed.get("open"));
        assertEquals("PT168H", reply.get("reopen_window"));
        assertEquals(10080, ((Number) reply.get("reopen_window_minutes")).intValue());
    }
}
