package io.supportdesk.bootstrap.notification;

import io.micronaut.data.jdbc.runtime.JdbcOperations;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.application.notification.EmailAddress;
import io.supportdesk.application.notification.Notification;
import io.supportdesk.application.notification.NotificationKind;
import io.supportdesk.application.notification.OutboxClaim;
import io.supportdesk.application.notification.OutboxMessage;
import io.supportdesk.application.notification.OutboxStatus;
import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.notification.port.out.OutboxStore;
import io.supportdesk.bootstrap.testing.Api.Reply;
import io.supportdesk.bootstrap.testing.Api;
import io.supportdesk.bootstrap.testing.SignedInUsers.SignedInUser;
import io.supportdesk.bootstrap.testing.SignedInUsers;
import io.supportdesk.bootstrap.testing.SystemTest;
import io.supportdesk.domain.identity.Role;
import io.supportdesk.domain.ticket.TicketId;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code /api/v1/admin/outbox} over HTTP: admins see and requeue, everyone else is refused. The outbox holds other
 * classes' rows too; the assertions are about this test's three rows, wherever they stand among the others.
 */
@SystemTest
class OutboxAdminApiTest {

    private static final String OUTBOX = "/api/v1/admin/outbox";
    /** The most rows one page shows (ListOutboxQuery.MAX_LIMIT): this test's rows are among the newest. */
    private static final int ALL = 500;

    @Inject
    @Client("/")
    HttpClient client;
    @Inject
    SignedInUsers users;
    @Inject
    JdbcOperations jdbc;
    @Inject
    TransactionOperations<Connection> transactions;
    @Inject
    Outbox outbox;
    @Inject
    OutboxStore store;

    private Api http;
    private SignedInUser admin;
    private SignedInUser manager;
    private SignedInUser agent;
    private SignedInUser customer;
    private long sent;
    private long dead;
    private long pending;

    @BeforeAll
    void users() {
        http = new Api(client);
        admin = users.create(Role.ADMIN);
        manager = users.create(Role.MANAGER);
        agent = users.create(Role.AGENT);
        customer = users.create(Role.CUSTOMER);
    }

    private static Notification notification(String recipient) {
        return new Notification("<" + UUID.randomUUID() + "@help.example.test>", NotificationKind.TICKET_CREATED,
                Optional.of(new TicketId(42)), List.of(new EmailAddress(recipient)),
                "[TKT-000042] We received your request: Printer on fire", "text", "<p>html</p>");
    }

    /** One row sent, one dead after a failure, one still waiting. */
    @BeforeEach
    void threeRows() {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        Notification toSend = notification("sent@example.test");
        Notification toKill = notification("dead@example.test");
        outbox.enqueue(List.of(toSend), now.minusSeconds(2));
        outbox.enqueue(List.of(toKill), now.minusSeconds(1));
        // Other classes' rows wait in the same table: due long before theirs, these two are the ones claimed.
        dueLongAgo(toSend);
        dueLongAgo(toKill);
        OutboxClaim claim = store.claimDue(now, 2, Duration.ofMinutes(5));
        OutboxMessage first = claim.messages().get(0);
        OutboxMessage second = claim.messages().get(1);
        assertEquals(List.of(toSend.messageId(), toKill.messageId()),
                claim.messages().stream().map(OutboxMessage::messageId).toList(), "claimed this test's rows");
        store.markSent(first.id(), claim.token(), now);
        store.markDead(second.id(), claim.token(), "550 mailbox unavailable");
        Notification waiting = notification("pending@example.test");
        outbox.enqueue(List.of(waiting), now);
        sent = first.id().value();
        dead = second.id().value();
        pending = store.list(Optional.of(OutboxStatus.PENDING), ALL).stream()
                .filter(message -> message.messageId().equals(waiting.messageId()))
                .findFirst().orElseThrow().id().value();
    }

    private void dueLongAgo(Notification notification) {
        transactions.executeWrite(status -> jdbc.prepareStatement(
                "UPDATE outbox SET next_attempt_at = ? WHERE message_id = ?", statement -> {
                    statement.setTimestamp(1, Timestamp.from(Instant.parse("2000-01-01T00:00:00Z")));
                    statement.setString(2, notification.messageId());
                    return statement.executeUpdate();
                }));
    }

    /** This test's rows of a listing, in the listing's order. */
    private List<Map<String, Object>> ours(Reply listing) {
        Set<Long> ours = Set.of(sent, dead, pending);
        return listing.items().stream().filter(item -> ours.contains(((Number) item.get("id")).longValue())).toList();
    }

    private static List<Long> ids(List<Map<String, Object>> items) {
        return items.stream().map(i -> ((Number) i.get("id")).longValue()).toList();
    }

    private Reply get(String uri, SignedInUser as) {
        return http.get(uri, as == null ? null : as.token());
    }

    private Reply retry(long id, SignedInUser as) {
        return http.post(OUTBOX + "/" + id + "/retry", Map.of(), as == null ? null : as.token());
    }

    @Test
    void an_admin_lists_the_newest_rows_first_with_attempts_errors_and_next_attempt() {
        Reply all = get(OUTBOX + "?limit=" + ALL, admin);

        assertEquals(200, all.status());
        List<Map<String, Object>> items = ours(all);
        assertEquals(List.of(pending, dead, sent), ids(items));
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
        Reply deadOnly = get(OUTBOX + "?status=dead&limit=" + ALL, admin);
        assertEquals(List.of(dead), ids(ours(deadOnly)));
        assertTrue(deadOnly.items().stream().allMatch(i -> "dead".equals(i.get("status"))), deadOnly::toString);
        Reply sentOnly = get(OUTBOX + "?status=sent&limit=" + ALL, admin);
        assertEquals(1, ours(sentOnly).size());
        assertTrue(sentOnly.items().stream().allMatch(i -> "sent".equals(i.get("status"))), sentOnly::toString);
        Reply fewPending = get(OUTBOX + "?status=pending&limit=5", admin);
        assertEquals(List.of(pending), ids(ours(fewPending)));
        assertTrue(fewPending.items().size() <= 5, fewPending::toString);

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
        for (SignedInUser notAdmin : List.of(manager, agent, customer)) {
            assertEquals(403, get(OUTBOX, notAdmin).status(), notAdmin.role().code());
            assertEquals(403, retry(dead, notAdmin).status(), notAdmin.role().code());
        }
        assertEquals(401, get(OUTBOX, null).status());
        assertEquals(401, retry(dead, null).status());
    }
}
