package io.supportdesk.bootstrap.sla;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Administrators edit the SLA targets per priority; new tickets use them, and with {@code recompute=true} open
 * tickets of that priority are retargeted. Uses priority "low" and puts the shipped targets back after each test
 * (test classes share the database and run one after another).
 */
@SystemTest
class SlaPolicyApiTest {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SignedInUsers users;

    private Api api;
    private SignedInUser admin;
    private SignedInUser customer;

    @BeforeAll
    void users() {
        api = new Api(client);
        admin = users.create(Role.ADMIN);
        customer = users.create(Role.CUSTOMER);
    }

    @AfterEach
    void shippedTargetsAgain() {
        assertEquals(200, api.put("/api/v1/sla-policies/low?recompute=true", Map.of("first_response_minutes", 1440,
                "resolution_minutes", 14400), admin.token()).status());
    }

    private Api.Reply lowTicket() {
        Api.Reply created = api.post("/api/v1/tickets", Map.of("title", "Font looks odd", "description",
                "The footer font changed.", "category", "general", "priority", "low"), customer.token());
        assertEquals(201, created.status(), created.body()::toString);
        return created;
    }

    private static Duration firstResponseTarget(Api.Reply ticket) {
        Map<String, Object> sla = ticket.get("sla");
        return Duration.between(Instant.parse(ticket.string("created_at")),
                Instant.parse((String) sla.get("first_response_due_at")));
    }

    @Test
    void a_change_applies_to_new_tickets_and_with_recompute_to_open_ones() {
        Api.Reply before = lowTicket();
        assertEquals(Duration.ofHours(24), firstResponseTarget(before));

        Api.Reply changed = api.put("/api/v1/sla-policies/low", Map.of("first_response_minutes", 120,
                "resolution_minutes", 1200), admin.token());
        assertEquals(200, changed.status(), changed.body()::toString);
        assertEquals(Duration.ofHours(2), firstResponseTarget(lowTicket()), "new tickets take the new target");
        String path = "/api/v1/tickets/" + before.get("id");
        assertEquals(Duration.ofHours(24), firstResponseTarget(api.get(path, admin.token())),
                "open tickets keep theirs without recompute");

        Api.Reply recomputed = api.put("/api/v1/sla-policies/low?recompute=true", Map.of("first_response_minutes",
                60, "resolution_minutes", 600), admin.token());
        assertEquals(200, recomputed.status());
        assertEquals(true, ((Number) recomputed.get("recomputed")).intValue() >= 2);
        assertEquals(Duration.ofHours(1), firstResponseTarget(api.get(path, admin.token())));
        List<Map<String, Object>> policies = api.get("/api/v1/sla-policies", admin.token()).items();
        assertEquals(Map.of("priority", "low", "first_response_minutes", 60, "resolution_minutes", 600),
                policies.stream().filter(p -> "low".equals(p.get("priority"))).findFirst().orElseThrow());
    }

    @Test
    void bad_targets_are_refused_field_by_field() {
        Api.Reply refused = api.put("/api/v1/sla-policies/low", Map.of("first_response_minutes", 0), admin.token());
        assertEquals(422, refused.status(), refused.body()::toString);
        assertEquals(List.of("first_response_minutes", "resolution_minutes"), refused.errorFields());
        assertEquals(400, api.put("/api/v1/sla-policies/whenever", Map.of("first_response_minutes", 60,
                "resolution_minutes", 600), admin.token()).status());
    }
}
