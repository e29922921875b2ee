package io.supportdesk.adapter.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.supportdesk.application.webhook.WebhookAttempt;
import io.supportdesk.domain.webhook.WebhookDestinationRule;
import io.supportdesk.domain.webhook.WebhookUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against a real HTTP server on the loopback address: what is sent, what is kept, what is never sent. */
class HttpWebhookSenderTest {

    private static final Map<String, String> HEADERS = Map.of("webhook-id", "msg_1", "webhook-timestamp", "1700000000",
            "webhook-signature", "v1,abc=");

    private HttpServer receiver;
    private final List<String> bodies = new CopyOnWriteArrayList<>();
    private final List<Map<String, List<String>>> headers = new CopyOnWriteArrayList<>();
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger redirectTargetHits = new AtomicInteger();

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.createContext("/ok", exchange -> {
            record(exchange);
            answer(exchange, 204, "");
        });
        receiver.createContext("/chatty", exchange -> {
            record(exchange);
            answer(exchange, 500, "x".repeat(100_000));
        });
        receiver.createContext("/moved", exchange -> {
            record(exchange);
            exchange.getResponseHeaders().add("Location", "/target");
            answer(exchange, 302, "");
        });
        receiver.createContext("/target", exchange -> {
            redirectTargetHits.incrementAndGet();
            answer(exchange, 200, "");
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private void record(HttpExchange exchange) throws IOException {
        hits.incrementAndGet();
        headers.add(Map.copyOf(exchange.getRequestHeaders()));
        bodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
    }

    private static void answer(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    private static HttpWebhookSender sender(boolean allowPrivate) {
        return new HttpWebhookSender(new WebhookDestinationRule(allowPrivate), Duration.ofSeconds(5),
                Duration.ofSeconds(10), Clock.systemUTC());
    }

    private String local(String path) {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + path;
    }

    @Test
    void posts_the_body_and_the_signature_headers_and_reports_the_answer() {
        WebhookAttempt attempt = sender(true).send(WebhookUrl.parse(local("/ok")), HEADERS, "{\"type\":\"x\"}");
        assertEquals(OptionalInt.of(204), attempt.responseStatus());
        assertTrue(attempt.succeeded());
        assertEquals(List.of("{\"type\":\"x\"}"), bodies);
        Map<String, List<String>> received = headers.getFirst();
        assertEquals(List.of("msg_1"), received.get("Webhook-id"));
        assertEquals(List.of("1700000000"), received.get("Webhook-timestamp"));
        assertEquals(List.of("v1,abc="), received.get("Webhook-signature"));
        assertEquals(List.of("application/json"), received.get("Content-type"));
    }

    @Test
    void keeps_only_the_start_of_a_long_answer() {
        WebhookAttempt attempt = sender(true).send(WebhookUrl.parse(local("/chatty")), HEADERS, "{}");
        assertEquals(OptionalInt.of(500), attempt.responseStatus());
        assertEquals(WebhookAttempt.MAX_BODY_LENGTH, attempt.responseBody().orElseThrow().length());
    }

    @Test
    void does_not_follow_a_redirect() {
        WebhookAttempt attempt = sender(true).send(WebhookUrl.parse(local("/moved")), HEADERS, "{}");
        assertEquals(OptionalInt.of(302), attempt.responseStatus());
        assertEquals(0, redirectTargetHits.get());
    }

    /**
     * The loopback cases would reach this test's receiver if anything were sent; the others are refused by their
     * address before any connection is tried, so this test sends nothing beyond the loopback interface.
     */
    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:%d/ok", "http://[::1]:%d/ok", "http://localhost:%d/ok",
            "http://10.1.2.3:%d/ok", "http://169.254.169.254:%d/latest/meta-data/"})
    void refuses_private_destinations_by_default_without_sending_anything(String template) {
        WebhookAttempt attempt = sender(false).send(
                WebhookUrl.parse(template.formatted(receiver.getAddress().getPort())), HEADERS, "{}");
        assertEquals(OptionalInt.empty(), attempt.responseStatus());
        assertTrue(attempt.error().orElseThrow().startsWith("refused:"), attempt.error().orElseThrow());
        assertEquals(0, hits.get());
    }

    @Test
    void the_local_testing_switch_still_refuses_the_metadata_address() {
        WebhookAttempt attempt = sender(true).send(WebhookUrl.parse("http://169.254.169.254/latest/meta-data/"),
                HEADERS, "{}");
        assertTrue(attempt.error().orElseThrow().contains("link-local"), attempt.error().orElseThrow());
    }
}
