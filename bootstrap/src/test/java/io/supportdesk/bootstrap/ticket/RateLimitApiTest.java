package io.supportdesk.bootstrap.ticket;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Request budgets as a client meets them: the headers on every answer, and 429 past the budget. The clock stands
 * still (supportdesk.test.clock=mutable), so no window ends in the middle of a test.
 */
@SystemTest
class RateLimitApiTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SignedInUsers users;

    private Api api;

    @Override
    public Map<String, String> getProperties() {
        Map<String, String> properties = new HashMap<>();
        properties.put("supportdesk.test.clock", "mutable");
        properties.put("supportdesk.rate-limit.enabled", "true");
        properties.put("supportdesk.rate-limit.writes.limit", "3");
        properties.put("supportdesk.rate-limit.comments.limit", "2");
        properties.put("supportdesk.rate-limit.reads.limit", "5");
        properties.put("supportdesk.rate-limit.sign-in.limit", "2");
        properties.put("supportdesk.rate-limit.staff-multiplier", "2");
        return properties;
    }

    @BeforeAll
    void client() {
        api = new Api(http);
    }

    private Api.Reply openTicket(String token) {
        return api.post("/api/v1/tickets", Map.of("title", "Printer on fire", "description",
                "It started smoking after the firmware update.", "category", "technical"), token);
    }

    @Test
    void every_answer_says_the_budget_and_what_is_left_of_it() {
        String customer = users.create(Role.CUSTOMER).token();
        Api.Reply read = api.get("/api/v1/categories", customer);
        assertEquals(200, read.status());
        assertEquals("\"reads\";q=5;w=60", read.raw().getHeaders().get("RateLimit-Policy"));
        String remaining = read.raw().getHeaders().get("RateLimit");
        assertTrue(remaining.matches("\"reads\";r=4;t=([1-9]|[1-5][0-9]|60)"), remaining);
    }

    @Test
    void past_the_write_budget_a_customer_gets_429_with_retry_after_and_others_are_not_affected() {
        String customer = users.create(Role.CUSTOMER).token();
        for (int i = 1; i <= 3; i++) {
            assertEquals(201, openTicket(customer).status(), "write " + i);
        }
        Api.Reply refused = openTicket(customer);
        assertEquals(429, refused.status(), refused::toString);
        assertEquals("RATE_LIMITED", refused.get("code"));
        assertTrue(Integer.parseInt(refused.raw().getHeaders().get("Retry-After")) >= 1);
        assertEquals("\"writes\";r=0;t=" + refused.raw().getHeaders().get("Retry-After"),
                refused.raw().getHeaders().get("RateLimit"));
        assertEquals(200, api.get("/api/v1/categories", customer).status(), "reads have their own budget");

        assertEquals(201, openTicket(users.create(Role.CUSTOMER).token()).status(), "another customer may write");
    }

    @Test
    void a_comment_storm_stops_at_the_comments_budget_before_it_mails_anyone_more() {
        SignedInUser writer = users.create(Role.CUSTOMER);
        Number ticket = openTicket(writer.token()).get("id");
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(api.post("/api/v1/tickets/" + ticket + "/comments", Map.of("body", "reply " + i),
                    writer.token()).status());
        }
        assertEquals(List.of(201, 201, 429), statuses);
        Api.Reply refused = api.post("/api/v1/tickets/" + ticket + "/comments", Map.of("body", "again"),
                writer.token());
        assertEquals("\"comments\";q=2;w=60", refused.raw().getHeaders().get("RateLimit-Policy"));
    }

    @Test
    void staff_get_the_multiplied_budget() {
        String agent = users.create(Role.AGENT).token();
        for (int i = 1; i <= 6; i++) {
            assertEquals(201, openTicket(agent).status(), "write " + i);
        }
        assertEquals(429, openTicket(agent).status());
    }

    @Test
    void sign_in_is_counted_per_client_address_whoever_tries() {
        String address = "10.200.0.1";
        List<Integer> statuses = new java.util.ArrayList<>();
        for (int i = 0; i < 3; i++) {
            statuses.add(api.send(HttpRequest.POST("/api/v1/auth/login",
                            Map.of("email", "someone" + i + "@example.com", "password", "not the password"))
                    .contentType(MediaType.APPLICATION_JSON), null, r -> r.header("X-Forwarded-For", address)).status());
        }
        assertEquals(List.of(401, 401, 429), statuses);
    }
}
