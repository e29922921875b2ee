package io.supportdesk.application.notification;

import io.supportdesk.application.notification.port.out.Outbox;
import io.supportdesk.application.notification.port.out.OutboxStore;
import io.supportdesk.application.notification.template.RenderedEmail;
import io.supportdesk.domain.ticket.CommentId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import static io.supportdesk.application.notification.OutboxFixtures.aNotification;
import static io.supportdesk.application.notification.OutboxFixtures.aReply;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every outbox must do, for the enqueue side and the dispatcher's side alike. Extended by the in-memory fake's
 * test and by the JDBC adapter's test against real PostgreSQL.
 */
public abstract class OutboxStoreContract {

    protected static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    protected static final Duration LEASE = Duration.ofMinutes(2);

    /** An outbox with no rows at the start of each test. */
    protected abstract Outbox outbox();

    /** The dispatcher's view of the same rows as {@link #outbox()}. */
    protected abstract OutboxStore store();

    private OutboxMessage enqueueOne(Notification notification) {
        outbox().enqueue(List.of(notification), NOW);
        return store().list(Optional.empty(), 500).stream()
                .filter(message -> message.messageId().equals(notification.messageId()))
                .findFirst().orElseThrow();
    }

    @Test
    void an_enqueued_notification_is_pending_and_due_at_once_with_everything_intact() {
        Notification notification = aNotification();
        OutboxMessage stored = enqueueOne(notification);

        assertEquals(OutboxStatus.PENDING, stored.status());
        assertEquals(notification.messageId(), stored.messageId());
        assertEquals(notification.kind(), stored.kind());
        assertEquals(notification.ticketId(), stored.ticketId());
        assertEquals(notification.recipients(), stored.recipients());
        assertEquals(notification.subject(), stored.subject());
        assertEquals(notification.text(), stored.text());
        assertEquals(notification.html(), stored.html());
        assertEquals(0, stored.attempts());
        assertEquals(NOW, stored.nextAttemptAt());
        assertEquals(NOW, stored.createdAt());
        assertTrue(stored.lastError().isEmpty());
        assertTrue(stored.sentAt().isEmpty());
        assertEquals(Optional.of(stored), store().findById(stored.id()));
    }

    @Test
    void enqueuing_the_same_message_id_twice_keeps_one_row() {
        Notification notification = aNotification();
        outbox().enqueue(List.of(notification), NOW);
        outbox().enqueue(List.of(notification, aNotification()), NOW);

        assertEquals(2, store().list(Optional.empty(), 500).size());
    }

    @Test
    void a_held_reply_gathers_until_its_send_time_and_is_then_claimed_with_what_it_gathered() {
        Notification reply = aReply(41, 7, 100);
        Instant sendAt = NOW.plus(Duration.ofMinutes(2));
        outbox().hold(reply, NOW, sendAt);
        outbox().hold(reply, NOW, sendAt);
        ReplyBatch first = reply.batch().orElseThrow();

        Outbox.OpenBatch open = outbox().openBatch(first.key(), NOW.plusSeconds(30)).orElseThrow();
        assertEquals(first, open.batch());
        assertTrue(store().claimDue(NOW.plusSeconds(30), 10, LEASE).messages().isEmpty(), "held, not due");
        ReplyBatch gathered = first.with(List.of(new CommentId(101)));
        outbox().extend(open.id(), gathered,
                new RenderedEmail("[TKT-000123] 2 new replies: Printer on fire", "two replies", "<p>two</p>"));
        assertEquals(gathered, outbox().openBatch(first.key(), NOW.plusSeconds(60)).orElseThrow().batch());
        assertTrue(outbox().openBatch(aReply(42, 7, 102).batch().orElseThrow().key(), NOW).isEmpty(),
                "another ticket is another batch");

        List<OutboxMessage> claimed = store().claimDue(sendAt, 10, LEASE).messages();
        assertEquals(1, claimed.size());
        assertEquals(reply.messageId(), claimed.getFirst().messageId());
        assertEquals("[TKT-000123] 2 new replies: Printer on fire", claimed.getFirst().subject());
        assertEquals("two replies", claimed.getFirst().text());
        assertEquals(sendAt, claimed.getFirst().nextAttemptAt());
    }

    @Test
    void a_batch_stops_gathering_at_its_send_time_and_a_reply_sent_at_once_never_gathers() {
        Notification held = aReply(43, 8, 110);
        Instant sendAt = NOW.plus(Duration.ofMinutes(2));
        outbox().hold(held, NOW, sendAt);
        String key = held.batch().orElseThrow().key();

        assertTrue(outbox().openBatch(key, sendAt).isEmpty(), "due: the dispatcher may be sending it");
        outbox().enqueue(List.of(aReply(44, 8, 111)), NOW);
        assertTrue(outbox().openBatch(aReply(44, 8, 112).batch().orElseThrow().key(), NOW.minusSeconds(1)).isEmpty());
    }

    @Test
    void a_claim_leases_due_rows_oldest_first_up_to_the_limit_and_counts_an_attempt() {
        outbox().enqueue(List.of(aNotification()), NOW.minusSeconds(30));
        outbox().enqueue(List.of(aNotification()), NOW.minusSeconds(20));
        outbox().enqueue(List.of(aNotification()), NOW.minusSeconds(10));

        OutboxClaim claim = store().claimDue(NOW, 2, LEASE);

        assertEquals(NOW.plus(LEASE), claim.leaseUntil());
        assertEquals(List.of(NOW.minusSeconds(30), NOW.minusSeconds(20)),
                claim.messages().stream().map(OutboxMessage::createdAt).toList());
        for (OutboxMessage message : claim.messages()) {
            assertEquals(1, message.attempts());
            assertEquals(Optional.of(NOW.plus(LEASE)), message.lockedUntil());
            assertTrue(store().findById(message.id()).orElseThrow().inFlight(NOW));
        }
    }

    @Test
    void the_backlog_counts_what_waits_and_what_was_given_up_on_and_names_the_oldest_wait() {
        OutboxStore.Backlog before = store().backlog();
        outbox().enqueue(List.of(aNotification()), NOW.minusSeconds(30));
        outbox().enqueue(List.of(aNotification()), NOW.minusSeconds(10));
        OutboxClaim claim = store().claimDue(NOW.minusSeconds(30), 1, LEASE);
        store().markDead(claim.messages().get(0).id(), claim.token(), "550 mailbox unavailable");

        OutboxStore.Backlog after = store().backlog();

        assertEquals(before.pending() + 1, after.pending());
        assertEquals(before.dead() + 1, after.dead());
        assertTrue(after.oldestPending().isPresent());
        assertFalse(after.oldestPending().get().isAfter(NOW.minusSeconds(10)), after::toString);
    }

    @Test
    void a_leased_row_is_not_claimed_again_until_its_lease_is_over() {
        OutboxMessage message = enqueueOne(aNotification());
        OutboxClaim first = store().claimDue(NOW, 10, LEASE);

        assertTrue(store().claimDue(NOW.plus(LEASE).minusSeconds(1), 10, LEASE).isEmpty());

        OutboxClaim second = store().claimDue(NOW.plus(LEASE), 10, LEASE);
        assertEquals(List.of(message.id()), second.messages().stream().map(OutboxMessage::id).toList());
        assertEquals(2, second.messages().getFirst().attempts());
        assertFalse(first.token().equals(second.token()));
    }

    @Test
    void rows_not_yet_due_are_not_claimed() {
        outbox().enqueue(List.of(aNotification()), NOW.plusSeconds(5));

        assertTrue(store().claimDue(NOW, 10, LEASE).isEmpty());
        assertEquals(1, store().claimDue(NOW.plusSeconds(5), 10, LEASE).messages().size());
    }

    @Test
    void a_sent_row_records_when_and_is_never_claimed_again() {
        OutboxMessage message = enqueueOne(aNotification());
        OutboxClaim claim = store().claimDue(NOW, 10, LEASE);

        store().markSent(message.id(), claim.token(), NOW.plusSeconds(1));

        OutboxMessage sent = store().findById(message.id()).orElseThrow();
        assertEquals(OutboxStatus.SENT, sent.status());
        assertEquals(Optional.of(NOW.plusSeconds(1)), sent.sentAt());
        assertEquals(1, sent.attempts());
        assertFalse(sent.inFlight(NOW));
        assertTrue(store().claimDue(NOW.plus(Duration.ofDays(1)), 10, LEASE).isEmpty());
    }

    @Test
    void a_failed_row_waits_for_its_next_attempt_and_keeps_the_error() {
        OutboxMessage message = enqueueOne(aNotification());
        OutboxClaim claim = store().claimDue(NOW, 10, LEASE);

        store().scheduleRetry(message.id(), claim.token(), "connection refused", NOW.plus(Duration.ofMinutes(1)));

        OutboxMessage waiting = store().findById(message.id()).orElseThrow();
        assertEquals(OutboxStatus.PENDING, waiting.status());
        assertEquals(Optional.of("connection refused"), waiting.lastError());
        assertEquals(NOW.plus(Duration.ofMinutes(1)), waiting.nextAttemptAt());
        assertFalse(waiting.inFlight(NOW));
        assertTrue(store().claimDue(NOW.plusSeconds(59), 10, LEASE).isEmpty());
        assertEquals(2, store().claimDue(NOW.plusSeconds(60), 10, LEASE).messages().getFirst().attempts());
    }

    @Test
    void a_dead_row_is_never_claimed_again() {
        OutboxMessage message = enqueueOne(aNotification());
        OutboxClaim claim = store().claimDue(NOW, 10, LEASE);

        store().markDead(message.id(), claim.token(), "550 no such user");

        OutboxMessage dead = store().findById(message.id()).orElseThrow();
        assertEquals(OutboxStatus.DEAD, dead.status());
        assertEquals(Optional.of("550 no such user"), dead.lastError());
        assertTrue(store().claimDue(NOW.plus(Duration.ofDays(30)), 10, LEASE).isEmpty());
    }

    @Test
    void a_dispatcher_whose_lease_ran_out_cannot_settle_a_row_someone_else_claimed() {
        OutboxMessage message = enqueueOne(aNotification());
        OutboxClaim late = store().claimDue(NOW, 10, LEASE);
        OutboxClaim current = store().claimDue(NOW.plus(LEASE), 10, LEASE);

        store().scheduleRetry(message.id(), late.token(), "timed out", NOW.plus(Duration.ofHours(1)));
        store().markDead(message.id(), late.token(), "timed out");
        assertEquals(OutboxStatus.PENDING, store().findById(message.id()).orElseThrow().status());

        store().markSent(message.id(), current.token(), NOW.plus(LEASE));
        store().markDead(message.id(), late.token(), "too late");
        store().markSent(message.id(), UUID.randomUUID(), NOW.plus(LEASE));
        OutboxMessage settled = store().findById(message.id()).orElseThrow();
        assertEquals(OutboxStatus.SENT, settled.status());
        assertTrue(settled.lastError().isEmpty());
    }

    @Test
    void released_rows_are_claimed_again_at_once_without_the_attempt_their_claim_counted() {
        OutboxMessage first = enqueueOne(aNotification());
        OutboxMessage second = enqueueOne(aNotification());
        OutboxClaim claim = store().claimDue(NOW, 10, LEASE);

        assertEquals(2, store().release(claim.token(), List.of(first.id(), second.id())));

        OutboxMessage released = store().findById(first.id()).orElseThrow();
        assertEquals(OutboxStatus.PENDING, released.status());
        assertEquals(0, released.attempts());
        assertEquals(NOW, released.nextAttemptAt(), "due as it was");
        assertFalse(released.inFlight(NOW));
        OutboxClaim again = store().claimDue(NOW.plusSeconds(1), 10, LEASE);
        assertEquals(Set.of(first.id(), second.id()),
                again.messages().stream().map(OutboxMessage::id).collect(Collectors.toSet()), "no lease to wait for");
        assertTrue(again.messages().stream().allMatch(message -> message.attempts() == 1));
    }

    @Test
    void only_the_claims_own_unsettled_rows_are_released() {
        OutboxMessage sent = enqueueOne(aNotification());
        OutboxMessage reclaimed = enqueueOne(aNotification());
        OutboxClaim claim = store().claimDue(NOW, 10, LEASE);
        store().markSent(sent.id(), claim.token(), NOW);

        assertEquals(0, store().release(UUID.randomUUID(), List.of(reclaimed.id())), "not that claim's");
        assertEquals(0, store().release(claim.token(), List.of()));
        assertEquals(0, store().release(claim.token(), List.of(sent.id())));
        assertEquals(OutboxStatus.SENT, store().findById(sent.id()).orElseThrow().status());
        assertEquals(1, store().findById(sent.id()).orElseThrow().attempts());

        OutboxClaim other = store().claimDue(NOW.plus(LEASE), 10, LEASE);
        assertEquals(List.of(reclaimed.id()), other.messages().stream().map(OutboxMessage::id).toList());
        assertEquals(0, store().release(claim.token(), List.of(reclaimed.id())), "claimed again by another");
        assertTrue(store().claimDue(NOW.plus(LEASE), 10, LEASE).isEmpty(), "the other claim still holds it");
    }

    @Test
    void the_list_shows_newest_first_and_filters_by_status() {
        OutboxMessage older = enqueueOne(aNotification());
        outbox().enqueue(List.of(aNotification()), NOW.plusSeconds(1));
        OutboxClaim claim = store().claimDue(NOW, 1, LEASE);
        store().markDead(older.id(), claim.token(), "gave up");

        List<OutboxMessage> all = store().list(Optional.empty(), 10);
        assertEquals(2, all.size());
        assertEquals(NOW.plusSeconds(1), all.getFirst().createdAt());
        assertEquals(List.of(older.id()),
                store().list(Optional.of(OutboxStatus.DEAD), 10).stream().map(OutboxMessage::id).toList());
        assertEquals(1, store().list(Optional.of(OutboxStatus.PENDING), 10).size());
        assertTrue(store().list(Optional.of(OutboxStatus.SENT), 10).isEmpty());
        assertEquals(1, store().list(Optional.empty(), 1).size());
    }

    @Test
    void a_requeued_dead_row_is_due_now_with_fresh_attempts() {
        OutboxMessage message = enqueueOne(aNotification());
        OutboxClaim claim = store().claimDue(NOW, 10, LEASE);
        store().markDead(message.id(), claim.token(), "gave up");
        Instant later = NOW.plus(Duration.ofDays(1));

        OutboxMessage requeued = store().requeue(message.id(), later).orElseThrow();

        assertEquals(OutboxStatus.PENDING, requeued.status());
        assertEquals(0, requeued.attempts());
        assertEquals(later, requeued.nextAttemptAt());
        assertEquals(Optional.of("gave up"), requeued.lastError());
        assertEquals(Set.of(message.id()), store().claimDue(later, 10, LEASE).messages().stream()
                .map(OutboxMessage::id).collect(Collectors.toSet()));
    }

    @Test
    void sent_leased_and_unknown_rows_are_not_requeued() {
        OutboxMessage sent = enqueueOne(aNotification());
        OutboxClaim claim = store().claimDue(NOW, 10, LEASE);
        store().markSent(sent.id(), claim.token(), NOW);
        OutboxMessage leased = enqueueOne(aNotification());
        store().claimDue(NOW, 10, LEASE);

        assertTrue(store().requeue(sent.id(), NOW).isEmpty());
        assertTrue(store().requeue(leased.id(), NOW.plusSeconds(1)).isEmpty());
        assertTrue(store().requeue(new OutboxMessageId(Long.MAX_VALUE - 3), NOW).isEmpty());
        assertEquals(OutboxStatus.SENT, store().findById(sent.id()).orElseThrow().status());
        assertTrue(store().findById(new OutboxMessageId(Long.MAX_VALUE - 3)).isEmpty());
    }
}
