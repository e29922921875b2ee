package io.supportdesk.bootstrap.ticket;

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

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A client that lost an answer retries with the same Idempotency-Key and creates nothing twice. */
@SystemTest
class IdempotencyApiTest {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SignedInUsers users;

    private Api api;
    private String customer;

    @BeforeAll
    void signIn() {
        api = new Api(http);
        customer = users.create(Role.CUSTOMER).token();
    }

    private Map<String, Object> ticket(String title) {
        return Map.of("title", title, "description", "It started smoking after the firmware update.",
                "category", "technical");
    }

    private Api.Reply create(Map<String, Object> body, String key, String token) {
        return api.send(HttpRequest.POST("/api/v1/tickets", body), token, r -> r.header("Idempotency-Key", key));
    }

    @Test
    void a_retry_with_the_same_key_gets_the_first_answer_and_creates_nothing() {
        String key = UUID.randomUUID().toString();
        Api.Reply first = create(ticket("Printer on fire"), key, customer);
        assertEquals(201, first.status(), first::toString);
        assertNull(first.raw().getHeaders().get("Idempotent-Replayed"));

        Api.Reply retry = create(ticket("Printer on fire"), key, customer);
        assertEquals(201, retry.status(), retry::toString);
        assertEquals("true", retry.raw().getHeaders().get("Idempotent-Replayed"));
        assertEquals((Object) first.get("id"), retry.get("id"));
        assertEquals((Object) first.get("number"), retry.get("number"));
        assertEquals(first.raw().getHeaders().get("Location"), retry.raw().getHeaders().get("Location"));
        assertEquals(first.raw().getHeaders().get("ETag"), retry.raw().getHeaders().get("ETag"));

        List<Map<String, Object>> mine = api.get("/api/v1/tickets?page_size=100", customer).get("items");
        assertEquals(1, mine.stream().filter(t -> "Printer on fire".equals(t.get("title"))).count());
    }

    @Test
    void the_same_key_with_another_body_is_422_and_another_caller_has_its_own_keys() {
        String key = UUID.randomUUID().toString();
        assertEquals(201, create(ticket("Scanner jammed"), key, customer).status());
        Api.Reply reused = create(ticket("Something else entirely"), key, customer);
        assertEquals(422, reused.status(), reused::toString);
        assertEquals("IDEMPOTENCY_KEY_REUSED", reused.get("code"));

        String other = users.create(Role.CUSTOMER).token();
        assertEquals(201, create(ticket("Scanner jammed"), key, other).status(), "another caller's key is another key");
    }

    @Test
    void a_refusal_is_the_answer_for_its_key_too_and_a_bad_key_is_400() {
        String key = UUID.randomUUID().toString();
        Map<String, Object> invalid = Map.of("title", "x", "description", "short", "category", "technical");
        assertEquals(422, create(invalid, key, customer).status());
        Api.Reply again = create(invalid, key, customer);
        assertEquals(422, again.status());
        assertEquals("true", again.raw().getHeaders().get("Idempotent-Replayed"));
        assertEquals("VALIDATION_FAILED", again.get("code"));

        Api.Reply badKey = create(ticket("Fine title"), "has spaces in it", customer);
        assertEquals(400, badKey.status());
        assertEquals("INVALID_HEADER", badKey.get("code"));
    }
}
