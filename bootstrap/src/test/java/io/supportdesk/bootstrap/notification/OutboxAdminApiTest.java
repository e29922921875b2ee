package io.supportdesk.bootstrap.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.security.token.generator.TokenGenerator;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.application.notification.Notification;
import io.supportdesk.application.notification.NotificationKind;
import io.supportdesk.application.notification.OutboxClaim;
import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.notification.port.out.OutboxStore;
import io.supportdesk.bootstrap.notification.NotificationTestSupport.Reply;
import io.supportdesk.bootstrap.notification.NotificationTestSupport.TestUser;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code /api/v1/admin/outbox} over HTTP: admins see and requeue, everyone else is refused. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OutboxAdminApiTest implements TestPropertyProvider {

    private static final String OUTBOX = "/api/v1/admin/outbox";

    @Inject
    @Client("/")
    HttpClient http;
    @Inject
    TokenGenerator tokens;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    Outbox outbox;
    @Inject
    OutboxStore store;

    private TestUser admin;
    private TestUser manager;
    private TestUser agent;
    private TestUser customer;
    private long sent;
    private long dead;
    private long pending;

    @Override
    public Map<String, String> getProperties() {
        return NotificationTestSupport.properties();
    }

    @BeforeAll
    void users() {
        admin = NotificationTestSupport.user("admin", transactions, jdbc, tokens);
        manager = NotificationTestSupport.user("manager", transactions, jdbc, tokens);
        agent = NotificationTestSupport.user("agent", transactions, jdbc, tokens);
        customer = NotificationTestSupport.user("customer", transactions, jdbc, tokens);
    }

    private static Notification notification(String recipient) {
        return new Notification("<" + UUID.randomUUID() + "@help.example.test>", NotificationKind.TICKET_CREATED,
                Optional.of(new TicketId(42)), List.of(new EmailAddress(recipient)),
                "[TKT-000042] We received your request: Printer on fire", "text", "<p>html</p>");
    }

    /** One row sent, one dead after a failure, one still waiting. */
    @BeforeEach
    void threeRows() {
        NotificationTestSupport.emptyOutbox(transactions, jdbc);
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        outbox.enqueue(List.of(notification("sent@example.test")), now.minusSeconds(2));
        outbox.enqueue(List.of(notification("dead@example.test")), now.minusSeconds(1));
        OutboxClaim claim = store.claimDue(now, 2, Duration.ofMinutes(5));
        OutboxMessage first = claim.messages().get(0);
        OutboxMessage second = claim.messages().get(1);
        store.markSent(first.id(), claim.token(), now);
        store.markDead(second.id(), claim.token(), "550 mailbox unavailable");
        outbox.enqueue(List.of(notification("pending@example.test")), now);
        sent = first.id().value();
        dead = second.id().value();
        pending = store.list(Optional.of(io.supportdesk.application.notification.OutboxStatus.PENDING), 1)
                .getFirst().id().value();
    }

    private Reply get(String uri, TestUser as) {
        return NotificationTestSupport.send(http, HttpRequest.GET(uri), as);
    }

    private Reply retry(long id, TestUser as) {
        return NotificationTestSupport.send(http, HttpRequest.POST(OUTBOX + "/" + id + "/retry", Map.of()), as);
    }

    @Test
    void an_admin_lists_the_newest_rows_first_with_attempts_errors_and_next_attempt() {
        Reply all = get(OUTBOX, admin);

        assertEquals(200, all.status());
        List<Map<String, Object>> items = all.get("items");
        assertEquals(List.of(pending, dead, sent), items.stream().map(i -> ((Number) i.get("id")).longValue()).toList());
        Map<String, Object> deadRow = items.get(1);
        assertEquals("dead", deadRow.get("status"));
        assertEquals(1, ((Number) deadRow.get("attempts")).intValue());
        assertEquals("550 mailbox unavailable", deadRow.get("last_error"));
        assertEquals(List.of("dead@example.test"), deadRow.get("recipients"));
        assertEquals("ticket_created", deadRow.get("kind"));
        assertEquals(42, ((Number) deadRow.get("ticket_id")).intValue());
        assertEquals(null, deadRow.get("next_attempt_at"));
        Map<String, Object> pendingRow = items.get(0);
        assertEquals("pending", pendingRow.get("status"));
        assertEquals(0, ((Number) pendingRow.get("attempts")).intValue());
        assertEquals(String.class, pendingRow.get("next_attempt_at").getClass());
    }

    @Test
    void the_list_filters_by_status_and_rejects_an_unknown_one() {
        List<Map<String, Object>> deadOnly = get(OUTBOX + "?status=dead", admin).get("items");
        assertEquals(List.of(dead), deadOnly.stream().map(i -> ((Number) i.get("id")).longValue()).toList());
        assertEquals(1, ((List<?>) get(OUTBOX + "?status=sent", admin).get("items")).size());
        assertEquals(1, ((List<?>) get(OUTBOX + "?status=pending&limit=5", admin).get("items")).size());

        Reply bogus = get(OUTBOX + "?status=lost", admin);
        assertEquals(400, bogus.status());
        assertEquals("INVALID_PARAMETER", bogus.get("code"));
        assertEquals("status", ((List<Map<String, Object>>) bogus.get("errors")).getFirst().get("field"));
        assertEquals(400, get(OUTBOX + "?limit=0", admin).status());
    }

    @Test
    void a_dead_message_is_requeued_but_a_sent_one_is_not_and_an_unknown_one_is_not_found() {
        Reply requeued = retry(dead, admin);
        assertEquals(200, requeued.status(), requeued.body()::toString);
        assertEquals("pending", requeued.get("status"));
        assertEquals(0, ((Number) requeued.get("attempts")).intValue());

        Reply again = retry(sent, admin);
        assertEquals(409, again.status());
        assertEquals("OUTBOX_MESSAGE_NOT_RETRYABLE", again.get("code"));

        Reply unknown = retry(Long.MAX_VALUE - 5, admin);
        assertEquals(404, unknown.status());
        assertEquals("OUTBOX_MESSAGE_NOT_FOUND", unknown.get("code"));
        assertEquals(400, retry(0, admin).status());
    }

    @Test
    void only_admins_may_see_or_retry() {
        for (TestUser notAdmin : List.of(manager, agent, customer)) {
            assertEquals(403, get(OUTBOX, notAdmin).status(), notAdmin.role());
            assertEquals(403, retry(dead, notAdmin).status(), notAdmin.role());
        }
        assertEquals(401, get(OUTBOX, null).status());
        assertEquals(401, retry(dead, null).status());
    }
}
