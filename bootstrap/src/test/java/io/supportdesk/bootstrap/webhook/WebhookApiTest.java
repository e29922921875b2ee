package io.supportdesk.bootstrap.webhook;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/webhooks} over HTTP: administrators keep them, nobody else even reads them; bad input is a 422
 * problem. The webhooks made here are turned off (their deliveries are never claimed) or deleted.
 */
@SystemTest
class WebhookApiTest {

    /** The discard port on loopback: were anything ever sent, it would go nowhere. */
    private static final String URL = "http://127.0.0.1:9/hook";

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SignedInUsers users;

    private Api http;
    private SignedInUser admin;

    @BeforeAll
    void users() {
        http = new Api(client);
        admin = users.create(Role.ADMIN);
    }

    private Reply create(Map<String, Object> body) {
        return http.post("/api/v1/webhooks", body, admin.token());
    }

    @Test
    void an_administrator_creates_reads_changes_rotates_and_deletes_a_webhook() {
        Reply created = create(Map.of("url", URL, "events", List.of("ticket.created", "comment.created"),
                "active", false));
        assertEquals(201, created.status(), created.body()::toString);
        long id = ((Number) created.body().get("id")).longValue();
        assertEquals("/api/v1/webhooks/" + id, created.header("Location").orElseThrow());
        String secret = created.string("secret");
        assertTrue(secret.matches("whsec_[A-Za-z0-9+/]{43}="), secret);
        assertEquals(List.of("comment.created", "ticket.created"), created.get("events"));

        Reply read = http.get("/api/v1/webhooks/" + id, admin.token());
        assertEquals(200, read.status());
        assertNull(read.body().get("secret"), "shown once, at creation");
        assertEquals(URL, read.string("url"));
        assertTrue(http.get("/api/v1/webhooks", admin.token()).items().stream()
                .anyMatch(w -> ((Number) w.get("id")).longValue() == id && w.get("secret") == null));

        Reply changed = http.patch("/api/v1/webhooks/" + id, Map.of("events", List.of("sla.breached")),
                admin.token());
        assertEquals(200, changed.status(), changed.body()::toString);
        assertEquals(List.of("sla.breached"), changed.get("events"));
        assertEquals(false, changed.body().get("active"));

        Reply rotated = http.post("/api/v1/webhooks/" + id + "/secret", Map.of(), admin.token());
        assertEquals(200, rotated.status());
        assertTrue(rotated.string("secret").startsWith("whsec_"));
        assertTrue(!rotated.string("secret").equals(secret));
        assertNotNull(rotated.body().get("previous_secret_valid_until"));

        assertEquals(204, http.delete("/api/v1/webhooks/" + id, admin.token()).status());
        assertEquals(404, http.get("/api/v1/webhooks/" + id, admin.token()).status());
        assertEquals(404, http.get("/api/v1/webhooks/" + id + "/deliveries", admin.token()).status());
    }

    /** Link-local (the cloud metadata service) is refused even with WEBHOOKS_ALLOW_PRIVATE_TARGETS, as in tests. */
    @ParameterizedTest
    @ValueSource(strings = {"http://169.254.169.254/", "http://[fe80::1]/", "http://[::ffff:169.254.169.254]/",
            "http://0.0.0.0/", "http://2130706433/", "ftp://hooks.example.com/", "https://user:pw@example.com/",
            "not a url"})
    void a_url_the_desk_will_never_call_is_refused_with_422(String url) {
        Reply refused = create(Map.of("url", url, "events", List.of("ticket.created")));
        assertEquals(422, refused.status(), refused.body()::toString);
        assertEquals(List.of("url"), refused.errorFields());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused.contentType());
    }

    @Test
    void events_must_be_known_and_at_least_one() {
        Reply unknown = create(Map.of("url", URL, "events", List.of("ticket.exploded")));
        assertEquals(422, unknown.status());
        assertEquals(List.of("events"), unknown.errorFields());
        assertEquals(422, create(Map.of("url", URL, "events", List.of())).status());
        assertEquals(422, create(Map.of("url", URL, "events", List.of("webhook.ping"))).status());
        Reply nothing = create(Map.of());
        assertEquals(422, nothing.status());
        assertEquals(List.of("url", "events"), nothing.errorFields());
    }

    @Test
    void nobody_but_an_administrator_sees_webhooks() {
        for (Role role : List.of(Role.CUSTOMER, Role.AGENT, Role.MANAGER)) {
            String token = users.create(role).token();
            assertEquals(403, http.get("/api/v1/webhooks", token).status(), role::toString);
            assertEquals(403, http.post("/api/v1/webhooks", Map.of("url", URL, "events",
                    List.of("ticket.created")), token).status(), role::toString);
        }
        assertEquals(401, http.get("/api/v1/webhooks", null).status());
    }

    @Test
    void an_id_that_is_not_a_number_is_not_found() {
        assertEquals(404, http.get("/api/v1/webhooks/abc", admin.token()).status());
        assertEquals(404, http.post("/api/v1/webhooks/1/deliveries/abc/redeliver", Map.of(), admin.token())
                .status());
    }
}
