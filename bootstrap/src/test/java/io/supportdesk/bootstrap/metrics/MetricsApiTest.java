package io.supportdesk.bootstrap.metrics;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.micronaut.http.HttpRequest;
import io.supportdesk.adapter.rest.metrics.PrometheusController;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.json.JsonMapper;
import io.micronaut.runtime.server.EmbeddedServer;
import io.supportdesk.bootstrap.conversation.ChatClient;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Prometheus scrape: only with the scrape token, HTTP meters by route template, the desk's meters moving. */
@SystemTest
class MetricsApiTest {

    private static final String TOKEN = "test-scrape-token-0123456789"; // application-test.yml

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    SignedInUsers users;
    @Inject
    EmbeddedServer server;
    @Inject
    JsonMapper json;

    private String scrape() {
        Api.TextReply reply = new Api(http).sendForText(HttpRequest.GET("/prometheus").bearerAuth(TOKEN), null);
        assertEquals(200, reply.status(), reply.body());
        return reply.body();
    }

    private static double value(String scrape, String series) {
        Matcher line = Pattern.compile("^" + Pattern.quote(series) + " (\\S+)$", Pattern.MULTILINE).matcher(scrape);
        return line.find() ? Double.parseDouble(line.group(1)) : 0;
    }

    @Test
    void without_the_scrape_token_nobody_scrapes_not_even_an_administrator() {
        // 401 for a caller without the token; 403 for a signed-in user, who is not the scraper.
        Api api = new Api(http);
        assertEquals(401, api.sendForText(HttpRequest.GET("/prometheus"), null).status());
        assertEquals(401, api.sendForText(HttpRequest.GET("/prometheus").bearerAuth("wrong"), null).status());
        assertEquals(403, api.sendForText(HttpRequest.GET("/prometheus"), users.create(Role.ADMIN).token()).status());
    }

    @Test
    void sign_in_failures_and_lockouts_are_counted_and_chat_sockets_shown() {
        String before = scrape();
        Api api = new Api(http);
        String email = "metered-" + java.util.UUID.randomUUID() + "@example.com";
        for (int i = 0; i < 5; i++) {
            assertEquals(401, api.logIn(email, "wrong password " + i).status());
        }
        assertEquals(429, api.logIn(email, "wrong password again").status());

        String after = scrape();
        assertEquals(value(before, "supportdesk_login_failures_total") + 5, value(after, "supportdesk_login_failures_total"));
        assertEquals(value(before, "supportdesk_login_throttled_total") + 1,
                value(after, "supportdesk_login_throttled_total"));
        assertTrue(after.contains("supportdesk_chat_sockets "), "chat sockets gauge");
        assertTrue(after.contains("supportdesk_email_send_failures_total{outcome=\"dead\"}"), "email failures");
    }

    @Test
    void a_message_posted_in_a_tickets_chat_is_counted_as_a_chat_message_and_a_comment() throws Exception {
        Api api = new Api(http);
        String customer = users.create(Role.CUSTOMER).token();
        Object id = api.post("/api/v1/tickets", Map.of("title", "Chatty", "description", "A ticket to chat on.",
                "category", "technical"), customer).get("id");
        String before = scrape();

        URI socket = URI.create("ws://localhost:" + server.getPort() + "/ws/tickets/" + id);
        try (ChatClient chat = ChatClient.connect(json, socket, customer, false)) {
            chat.await("chat_history");
            chat.send(Map.of("action", "message", "content", "Hello, anyone there?"));
            chat.await("chat_message", frame -> "Hello, anyone there?".equals(frame.get("content")));
        }
        // Counted once the message's transaction commits, which the echo may overtake by a moment: wait for both
        // counters (one scrape may read the comments before the count and the chat messages after it).
        String chatMessages = "supportdesk_chat_messages_total";
        String publicComments = "supportdesk_comments_total{visibility=\"public\"}";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        String after = scrape();
        while ((value(after, chatMessages) < value(before, chatMessages) + 1
                || value(after, publicComments) < value(before, publicComments) + 1) && System.nanoTime() < deadline) {
            Thread.sleep(50);
            after = scrape();
        }

        assertEquals(value(before, chatMessages) + 1, value(after, chatMessages));
        assertEquals(value(before, publicComments) + 1, value(after, publicComments));
    }

    @Test
    void with_no_token_configured_scraping_is_off() {
        HttpResponse<?> refused = new PrometheusController(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), " ")
                .scrape("Bearer ", null);
        assertEquals(403, refused.code());
    }

    @Test
    void the_http_meters_are_by_route_template_and_the_desks_meters_move_as_tickets_are_worked() {
        Api api = new Api(http);
        String customer = users.create(Role.CUSTOMER).token();
        String agent = users.create(Role.AGENT).token();
        String before = scrape();

        Api.Reply opened = api.post("/api/v1/tickets", Map.of("title", "Metered", "description",
                "A ticket the meters count.", "category", "technical", "priority", "urgent"), customer);
        assertEquals(201, opened.status());
        Object id = opened.get("id");
        assertEquals(201, api.post("/api/v1/tickets/" + id + "/comments", Map.of("body", "Looking", "internal", true),
                agent).status());
        assertEquals(200, api.put("/api/v1/tickets/" + id + "/status", Map.of("status", "in_progress"), agent)
                .status());
        assertEquals(200, api.put("/api/v1/tickets/" + id + "/status", Map.of("status", "resolved"), agent)
                .status());
        assertEquals(200, api.get("/api/v1/tickets/" + id, customer).status());
        assertEquals(200, api.get("/api/v1/tickets?page_size=1", customer).status());

        String after = scrape();
        assertEquals(value(before, "supportdesk_tickets_opened_total{channel=\"web\",priority=\"urgent\"}") + 1,
                value(after, "supportdesk_tickets_opened_total{channel=\"web\",priority=\"urgent\"}"),
                () -> after.lines().filter(l -> l.startsWith("supportdesk")).toList().toString());
        assertEquals(value(before, "supportdesk_tickets_resolved_total") + 1,
                value(after, "supportdesk_tickets_resolved_total"));
        assertEquals(value(before, "supportdesk_comments_total{visibility=\"internal\"}") + 1,
                value(after, "supportdesk_comments_total{visibility=\"internal\"}"));
        assertTrue(after.contains("supportdesk_outbox_pending "), "outbox gauge");
        assertTrue(after.contains("supportdesk_outbox_oldest_pending_age_seconds "), "outbox age gauge");
        assertTrue(after.contains("jvm_memory_used_bytes"), "JVM meters");
        assertTrue(after.contains("hikaricp_connections") || after.contains("jdbc_connections"), "pool meters");
        // Latency histograms by route template: the ticket's id never becomes a label value.
        assertTrue(Pattern.compile("http_server_requests_seconds_bucket\\{[^}]*uri=\"/api/v1/tickets/\\{ticket}\"")
                .matcher(after).find(), "histogram by route");
        assertFalse(after.contains("uri=\"/api/v1/tickets/" + id + "\""), "a raw path as a label");
        // The path template alone: the list's route reads a dozen query parameters, none of them in the label.
        assertTrue(after.contains("uri=\"/api/v1/tickets\""), "the list's route by its path");
        assertFalse(after.contains("uri=\"/api/v1/tickets{?"), "query parameters in a route label");
    }
}
