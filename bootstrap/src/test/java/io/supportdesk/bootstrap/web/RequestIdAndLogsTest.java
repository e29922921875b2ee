package io.supportdesk.bootstrap.web;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.JsonEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.read.ListAppender;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SystemTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every answer names its request, in the header and in a problem detail, and the log lines written while serving it
 * carry the same name; no log line ever holds a password or a token.
 */
@SystemTest
class RequestIdAndLogsTest {

    private static final String HEADER = "X-Request-Id";

    @Inject
    @Client("/")
    HttpClient client;

    @Test
    void an_answer_and_its_problem_detail_name_the_request() {
        Api.Reply refused = new Api(client).get("/api/v1/tickets/42", null);
        assertEquals(401, refused.status());
        String id = refused.header(HEADER).orElseThrow();
        assertTrue(id.matches("[0-9a-f]{24}"), id);
        assertEquals(id, refused.string("request_id"));
        assertNotEquals(id, new Api(client).get("/api/v1/tickets/42", null).header(HEADER).orElseThrow());
    }

    @Test
    void a_trusted_proxys_request_id_is_kept_and_a_malformed_one_replaced() {
        // The test environment trusts the loopback address as a proxy (application-test.yml); ForwardedHeadersApiTest
        // checks that anyone else's is ignored.
        Api api = new Api(client);
        Api.Reply kept = api.send(HttpRequest.GET("/api/v1/tickets/42"), null, r -> r.header(HEADER, "edge-7f3a.1"));
        assertEquals("edge-7f3a.1", kept.header(HEADER).orElseThrow());
        assertEquals("edge-7f3a.1", kept.string("request_id"));
        Api.Reply replaced = api.send(HttpRequest.GET("/api/v1/tickets/42"), null,
                r -> r.header(HEADER, "<script>alert(1)</script>"));
        assertTrue(replaced.header(HEADER).orElseThrow().matches("[0-9a-f]{24}"));
    }

    @Test
    void the_logs_of_a_whole_flow_carry_request_ids_and_never_a_password_or_a_token() {
        Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        ListAppender<ILoggingEvent> captured = new ListAppender<>();
        captured.start();
        root.addAppender(captured);
        // The tests' own logging (adapters-persistence's logback-test.xml) keeps only warnings: read what a running
        // desk logs, INFO and up.
        ch.qos.logback.classic.Level level = root.getLevel();
        root.setLevel(ch.qos.logback.classic.Level.INFO);
        List<String> secrets = new ArrayList<>();
        String created;
        String createdId;
        try {
            Api api = new Api(client);
            String email = "log-" + UUID.randomUUID() + "@example.com";
            String password = "correct horse " + UUID.randomUUID();
            secrets.add(password);
            assertEquals(201, api.post("/api/v1/auth/register",
                    Map.of("email", email, "password", password, "full_name", "Logan Log"), null).status());
            String wrong = "wrong horse " + UUID.randomUUID();
            secrets.add(wrong);
            assertEquals(401, api.logIn(email, wrong).status());
            Api.Reply signedIn = api.logIn(email, password);
            String token = signedIn.string("access_token");
            String refresh = signedIn.string("refresh_token");
            secrets.add(token);
            secrets.add(refresh);
            Api.Reply opened = api.post("/api/v1/tickets", Map.of("title", "Logged flow", "description",
                    "A ticket opened while the logs are read.", "category", "technical", "priority", "low"), token);
            assertEquals(201, opened.status());
            created = opened.header(HEADER).orElseThrow();
            createdId = String.valueOf(opened.body().get("id"));
            assertEquals(201, api.post("/api/v1/tickets/" + createdId + "/comments", Map.of("body", "Any news?"),
                    token).status());
            Api.Reply refreshed = api.post("/api/v1/auth/refresh", Map.of("refresh_token", refresh), null);
            assertEquals(200, refreshed.status());
            secrets.add(refreshed.string("access_token"));
            secrets.add(refreshed.string("refresh_token"));
            // A request with a token in its URL: the access line names the route, never the raw path or query.
            api.get("/api/v1/tickets/" + createdId + "?access_token=" + token, null);
        } finally {
            root.setLevel(level);
            root.detachAppender(captured);
        }

        List<ILoggingEvent> events = List.copyOf(captured.list);
        for (ILoggingEvent event : events) {
            String everything = event.getFormattedMessage() + " " + event.getMDCPropertyMap()
                    + (event.getThrowableProxy() == null ? "" : ThrowableProxyUtil.asString(event.getThrowableProxy()));
            for (String secret : secrets) {
                assertFalse(everything.contains(secret), () -> "a secret in the log: " + everything);
            }
        }
        ILoggingEvent access = events.stream()
                .filter(e -> e.getLoggerName().equals("io.supportdesk.access"))
                .filter(e -> created.equals(e.getMDCPropertyMap().get("request_id")))
                .findFirst().orElseThrow(() -> new AssertionError("no access line for " + created + " in " + events));
        assertEquals("/api/v1/tickets", access.getMDCPropertyMap().get("route"));
        assertEquals("201", access.getMDCPropertyMap().get("status"));
        assertTrue(access.getMDCPropertyMap().containsKey("duration_ms"));
        List<String> routes = events.stream().filter(e -> e.getLoggerName().equals("io.supportdesk.access"))
                .map(e -> e.getMDCPropertyMap().get("route")).toList();
        assertTrue(routes.contains("/api/v1/tickets/{ticket}/comments"), routes::toString);
        assertTrue(routes.stream().noneMatch(route -> route.contains("/" + createdId)), routes::toString);

        // LOG_FORMAT=json writes each event as JSON with its request id.
        JsonEncoder json = new JsonEncoder();
        json.setContext((LoggerContext) LoggerFactory.getILoggerFactory());
        json.start();
        String line = new String(json.encode(access), StandardCharsets.UTF_8);
        assertTrue(line.contains("\"request_id\":\"" + created + "\""), line);
    }
}
