package io.supportdesk.bootstrap.webhook;

import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.test.support.TestPropertyProvider;
import io.supportdesk.application.webhook.port.in.DispatchWebhookDeliveriesUseCase;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.MutableClockFactory.MutableClock;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Webhooks end to end: subscribed over REST, written in the change's transaction, sent by the dispatcher (driven here
 * directly, with a clock the test moves, instead of waiting for the job), signed, and received by a real HTTP server
 * on the loopback address (allowed by the test configuration's WEBHOOKS_ALLOW_PRIVATE_TARGETS).
 *
 * <p>The database is shared with other test classes: the assertions are about this class's receiver paths and
 * tickets only, and its webhooks are deleted at the end.
 */
@SystemTest
class WebhookDeliveryFlowTest implements TestPropertyProvider {

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SignedInUsers users;
    @Inject
    DispatchWebhookDeliveriesUseCase dispatcher;
    @Inject
    MutableClock clock;

    private WebhookReceiver receiver;
    private Api http;
    private SignedInUser admin;
    private SignedInUser customer;
    private SignedInUser agent;
    private SignedInUser manager;
    private final List<Long> webhooks = new ArrayList<>();

    @Override
    public Map<String, String> getProperties() {
        return Map.of("supportdesk.test.clock", "mutable");
    }

    @BeforeAll
    void setUp() throws IOException {
        receiver = new WebhookReceiver();
        http = new Api(client);
        admin = users.create(Role.ADMIN);
        customer = users.create(Role.CUSTOMER);
        agent = users.create(Role.AGENT);
        manager = users.create(Role.MANAGER);
    }

    @AfterAll
    void tearDown() {
        webhooks.forEach(id -> http.delete("/api/v1/webhooks/" + id, admin.token()));
        receiver.close();
    }

    private Reply subscribe(String path, List<String> events) {
        Reply created = http.post("/api/v1/webhooks", Map.of("url", receiver.url(path), "events", events),
                admin.token());
        assertEquals(201, created.status(), created.body()::toString);
        webhooks.add(id(created));
        return created;
    }

    private static long id(Reply reply) {
        return ((Number) reply.body().get("id")).longValue();
    }

    /** Runs dispatch rounds until nothing more is due now: a ticket's later events wait for its earlier ones. */
    private void dispatchDue() {
        for (int round = 0; round < 20 && dispatcher.dispatch().claimedAny(); round++) {
            // keep going
        }
    }

    private List<Map<String, Object>> deliveries(long webhook) {
        Reply log = http.get("/api/v1/webhooks/" + webhook + "/deliveries", admin.token());
        assertEquals(200, log.status(), log.body()::toString);
        return log.items();
    }

    @Test
    void a_ticket_and_its_public_comment_arrive_signed_and_in_order_and_the_internal_note_never_does() {
        Reply webhook = subscribe("/tickets", List.of("ticket.created", "comment.created"));
        String secret = webhook.string("secret");
        assertTrue(secret.startsWith("whsec_"), secret);

        Reply ticket = http.post("/api/v1/tickets", Map.of("title", "Printer on fire", "description",
                "It started smoking.", "category", "technical", "priority", "high"), customer.token());
        assertEquals(201, ticket.status(), ticket.body()::toString);
        long ticketId = id(ticket);
        String path = "/api/v1/tickets/" + ticketId;
        assertEquals(200, http.post(path + "/assign", Map.of("assignee_id", agent.id().value()), manager.token())
                .status());
        Reply comment = http.post(path + "/comments", Map.of("body", "Looking at it now"), agent.token());
        assertEquals(201, comment.status(), comment.body()::toString);
        Reply note = http.post(path + "/comments", Map.of("body", "Customer broke it", "internal", true),
                agent.token());
        assertEquals(201, note.status(), note.body()::toString);

        dispatchDue();

        // Other classes' tickets may reach this webhook while it exists: only this ticket's deliveries count.
        List<WebhookReceiver.Received> ours = receiver.received("/tickets").stream()
                .filter(r -> r.body().contains("\"ticket_id\":" + ticketId + ",")
                        || r.body().contains("\"ticket\":{\"id\":" + ticketId + ","))
                .toList();
        assertEquals(2, ours.size(), ours::toString);
        assertTrue(ours.get(0).body().startsWith("{\"type\":\"ticket.created\""), ours.get(0).body());
        assertTrue(ours.get(1).body().startsWith("{\"type\":\"comment.created\""), ours.get(1).body());
        assertTrue(ours.get(1).body().contains("\"comment_id\":" + id(comment) + ","), ours.get(1).body());
        for (WebhookReceiver.Received request : ours) {
            assertTrue(WebhookReceiver.verifies(request, secret), "signature of " + request);
            assertTrue(request.id().startsWith("msg_"), request.id());
            assertEquals(clock.instant().getEpochSecond(), Long.parseLong(request.timestamp()));
            assertFalse(request.body().contains("Customer broke it"));
        }
        assertTrue(receiver.received("/tickets").stream()
                        .noneMatch(r -> r.body().contains("\"comment_id\":" + id(note) + ",")),
                "the internal note was never sent");

        List<Map<String, Object>> log = deliveries(id(webhook)).stream()
                .filter(d -> d.get("ticket_id") instanceof Number n && n.longValue() == ticketId).toList();
        assertEquals(2, log.size(), log::toString);
        for (Map<String, Object> delivery : log) {
            assertEquals("delivered", delivery.get("status"));
            assertEquals(200, delivery.get("response_status"));
            assertEquals("answered 200", delivery.get("response_body"));
            assertEquals(1, delivery.get("attempts"));
        }
    }

    @Test
    void a_failed_delivery_is_retried_after_a_minute_under_the_same_webhook_id() {
        Reply webhook = subscribe("/flaky", List.of("sla.breached"));
        long webhookId = id(webhook);
        receiver.answerWith(500);
        Reply ping = http.post("/api/v1/webhooks/" + webhookId + "/ping", Map.of(), admin.token());
        assertEquals(202, ping.status(), ping.body()::toString);

        dispatchDue();
        assertEquals(1, receiver.received("/flaky").size());
        Map<String, Object> first = deliveries(webhookId).getFirst();
        assertEquals("pending", first.get("status"));
        assertEquals(500, first.get("response_status"));
        assertEquals(1, first.get("attempts"));
        assertEquals(clock.instant().plus(Duration.ofMinutes(1)).toString(), first.get("next_attempt_at"));

        dispatchDue();
        assertEquals(1, receiver.received("/flaky").size(), "not due before its minute is up");

        clock.advance(Duration.ofMinutes(1));
        dispatchDue();
        List<WebhookReceiver.Received> attempts = receiver.received("/flaky");
        assertEquals(2, attempts.size());
        assertEquals(attempts.get(0).id(), attempts.get(1).id(), "the same webhook-id on the retry");
        assertNotEquals(attempts.get(0).timestamp(), attempts.get(1).timestamp());
        attempts.forEach(request -> assertTrue(WebhookReceiver.verifies(request, webhook.string("secret"))));
        Map<String, Object> settled = deliveries(webhookId).getFirst();
        assertEquals("delivered", settled.get("status"));
        assertEquals(2, settled.get("attempts"));
        assertEquals(0, ((Number) http.get("/api/v1/webhooks/" + webhookId, admin.token()).body()
                .get("consecutive_failures")).intValue());
    }

    @Test
    void a_receiver_answering_410_gone_turns_its_webhook_off() {
        long webhookId = id(subscribe("/gone", List.of("sla.breached")));
        receiver.answerWith(410);
        assertEquals(202, http.post("/api/v1/webhooks/" + webhookId + "/ping", Map.of(), admin.token()).status());

        dispatchDue();

        Map<String, Object> delivery = deliveries(webhookId).getFirst();
        assertEquals("failed", delivery.get("status"));
        assertEquals(410, delivery.get("response_status"));
        Reply after = http.get("/api/v1/webhooks/" + webhookId, admin.token());
        assertEquals(false, after.body().get("active"));
        assertEquals("the receiver answered 410 Gone", after.body().get("disabled_reason"));
    }

    @Test
    void a_secret_rotation_signs_with_both_secrets_during_the_overlap() {
        Reply webhook = subscribe("/rotated", List.of("sla.breached"));
        long webhookId = id(webhook);
        Reply rotated = http.post("/api/v1/webhooks/" + webhookId + "/secret", Map.of(), admin.token());
        assertEquals(200, rotated.status(), rotated.body()::toString);
        assertNotEquals(webhook.string("secret"), rotated.string("secret"));
        assertEquals(202, http.post("/api/v1/webhooks/" + webhookId + "/ping", Map.of(), admin.token()).status());

        dispatchDue();

        WebhookReceiver.Received ping = receiver.received("/rotated").getFirst();
        assertTrue(WebhookReceiver.verifies(ping, rotated.string("secret")), "new secret");
        assertTrue(WebhookReceiver.verifies(ping, webhook.string("secret")), "old secret, during the overlap");
        assertTrue(ping.body().startsWith("{\"type\":\"webhook.ping\""), ping.body());
    }
}
