package io.supportdesk.application.webhook;

import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;
import io.supportdesk.domain.webhook.WebhookSecret;
import io.supportdesk.domain.webhook.WebhookUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What every {@link WebhookDeliveries} must do when one dispatcher works alone: enqueue, claim in order under a
 * lease, settle with the claim's token, redeliver, forget. Extended by the in-memory fake's test and the JDBC
 * adapter's test; what only concurrent transactions can show (skipped locks) stays in the adapter's own test.
 *
 * <p>The store is shared and nothing rolls back: a test adds its own webhooks, deletes them (and with them their
 * deliveries) afterwards, and looks only at their deliveries. Its times lie in early 2000, before every other test's,
 * so that no other test's delivery is due or finished at them.
 */
public abstract class WebhookDeliveriesContract {

    protected static final Instant NOW = Instant.parse("2000-01-03T09:00:00Z");
    private static final Duration LEASE = Duration.ofMinutes(2);
    /** Whole milliseconds: what the table keeps of a duration. */
    private static final WebhookAttempt OK = new WebhookAttempt(OptionalInt.of(204), Optional.of(""),
            Optional.empty(), Duration.ofMillis(12));
    private static final WebhookAttempt UNAVAILABLE = new WebhookAttempt(OptionalInt.of(503), Optional.of("busy"),
            Optional.empty(), Duration.ofMillis(40));
    private static final WebhookAttempt TIMED_OUT = new WebhookAttempt(OptionalInt.empty(), Optional.empty(),
            Optional.of("timed out after 10s"), Duration.ofMillis(10_000));

    protected abstract WebhookDeliveries deliveries();

    /** The subscriptions of the same store. */
    protected abstract WebhookRepository webhooks();

    private final List<WebhookId> ours = new ArrayList<>();

    @AfterEach
    void deleteOurWebhooksWithTheirDeliveries() {
        ours.forEach(webhooks()::delete);
        ours.clear();
    }

    private Webhook aWebhook(boolean active, WebhookEventType... events) {
        Webhook webhook = webhooks().add(WebhookUrl.parse("https://hooks.example.test/" + UUID.randomUUID()),
                Set.of(events), active, new WebhookSecret("whsec_" + Base64.getEncoder().encodeToString(new byte[32])),
                NOW);
        ours.add(webhook.id());
        return webhook;
    }

    private Webhook aWebhook() {
        return aWebhook(true, WebhookEventType.TICKET_CREATED, WebhookEventType.COMMENT_CREATED);
    }

    private static WebhookMessage aComment(long ticket) {
        return new WebhookMessage(WebhookEventType.COMMENT_CREATED, Optional.of(new TicketId(ticket)),
                "{\"type\":\"comment.created\",\"ticket\":" + ticket + "}");
    }

    private WebhookDeliveryId enqueue(Webhook webhook, WebhookMessage message, Instant now) {
        List<WebhookDeliveryId> ids = deliveries().enqueue(message, List.of(webhook.id()), now);
        assertEquals(1, ids.size());
        return ids.getFirst();
    }

    private WebhookDeliveryId enqueue(Webhook webhook, long ticket) {
        return enqueue(webhook, aComment(ticket), NOW);
    }

    private WebhookClaim claim(Instant now, int limit) {
        return deliveries().claimDue(now, limit, LEASE);
    }

    /** The claimed deliveries of this test's webhooks, in the claim's order. */
    private List<WebhookDeliveryId> ids(WebhookClaim claim) {
        return claim.deliveries().stream().map(WebhookClaim.Claimed::delivery)
                .filter(delivery -> ours.contains(delivery.webhookId())).map(WebhookDelivery::id).toList();
    }

    private WebhookDelivery row(Webhook webhook, WebhookDeliveryId id) {
        return deliveries().findById(webhook.id(), id).orElseThrow();
    }

    private boolean exists(Webhook webhook, WebhookDeliveryId id) {
        return deliveries().findById(webhook.id(), id).isPresent();
    }

    @Test
    void an_enqueued_delivery_is_pending_and_due_at_once_with_everything_intact() {
        Webhook webhook = aWebhook();
        Webhook other = aWebhook();
        WebhookMessage message = aComment(42);

        List<WebhookDeliveryId> ids = deliveries().enqueue(message, List.of(webhook.id(), other.id()), NOW);

        assertEquals(2, ids.size());
        WebhookDelivery delivery = row(webhook, ids.get(0));
        assertEquals(ids.get(0), delivery.id());
        assertEquals(webhook.id(), delivery.webhookId());
        assertTrue(delivery.messageId().startsWith("msg_"), delivery.messageId());
        assertEquals(WebhookEventType.COMMENT_CREATED, delivery.type());
        assertEquals(Optional.of(new TicketId(42)), delivery.ticketId());
        assertEquals(message.body(), delivery.body());
        assertEquals(WebhookDeliveryStatus.PENDING, delivery.status());
        assertEquals(0, delivery.attempts());
        assertTrue(delivery.lastAttempt().isEmpty());
        assertEquals(Optional.of(NOW), delivery.nextAttemptAt());
        assertEquals(NOW, delivery.createdAt());
        assertTrue(delivery.deliveredAt().isEmpty());
        assertEquals(other.id(), row(other, ids.get(1)).webhookId());
        assertNotEquals(delivery.messageId(), row(other, ids.get(1)).messageId(), "one message id per receiver");
    }

    @Test
    void a_delivery_is_found_only_under_its_own_webhook() {
        Webhook webhook = aWebhook();
        Webhook other = aWebhook();
        WebhookDeliveryId id = enqueue(webhook, 1);

        assertTrue(deliveries().findById(other.id(), id).isEmpty());
        assertTrue(deliveries().findById(webhook.id(), new WebhookDeliveryId(Long.MAX_VALUE - 5)).isEmpty());
        assertTrue(deliveries().redeliver(other.id(), id, NOW).isEmpty());
        assertEquals(WebhookDeliveryStatus.PENDING, row(webhook, id).status());
    }

    @Test
    void a_ping_carries_no_ticket() {
        Webhook webhook = aWebhook();
        WebhookMessage ping = new WebhookMessage(WebhookEventType.PING, Optional.empty(), "{\"type\":\"webhook.ping\"}");

        WebhookDelivery delivery = row(webhook, enqueue(webhook, ping, NOW));

        assertEquals(WebhookEventType.PING, delivery.type());
        assertTrue(delivery.ticketId().isEmpty());
    }

    @Test
    void messages_are_enqueued_for_every_active_webhook_subscribed_to_their_type_in_the_order_given() {
        Webhook comments = aWebhook(true, WebhookEventType.COMMENT_CREATED);
        Webhook both = aWebhook(true, WebhookEventType.COMMENT_CREATED, WebhookEventType.SLA_BREACHED);
        Webhook otherNews = aWebhook(true, WebhookEventType.TICKET_ASSIGNED);
        Webhook off = aWebhook(false, WebhookEventType.COMMENT_CREATED, WebhookEventType.SLA_BREACHED);
        WebhookMessage first = aComment(7);
        WebhookMessage breach = new WebhookMessage(WebhookEventType.SLA_BREACHED, Optional.of(new TicketId(7)),
                "{\"type\":\"sla.breached\"}");
        WebhookMessage second = aComment(8);

        deliveries().enqueueForSubscribers(List.of(first, breach, second), NOW);

        // Newest first: the reverse of the order given.
        assertEquals(List.of(second.body(), first.body()),
                deliveries().list(comments.id(), 10).stream().map(WebhookDelivery::body).toList());
        List<WebhookDelivery> toBoth = deliveries().list(both.id(), 10);
        assertEquals(List.of(second.body(), breach.body(), first.body()),
                toBoth.stream().map(WebhookDelivery::body).toList());
        assertEquals(3, toBoth.stream().map(WebhookDelivery::messageId).distinct().count());
        toBoth.forEach(delivery -> {
            assertEquals(WebhookDeliveryStatus.PENDING, delivery.status());
            assertEquals(Optional.of(NOW), delivery.nextAttemptAt());
            assertEquals(Optional.of(new TicketId(delivery.body().equals(second.body()) ? 8 : 7)),
                    delivery.ticketId());
        });
        assertTrue(deliveries().list(otherNews.id(), 10).isEmpty());
        assertTrue(deliveries().list(off.id(), 10).isEmpty(), "a webhook that is off is not written to");
    }

    @Test
    void a_claim_leases_due_deliveries_oldest_first_up_to_the_limit_and_counts_an_attempt() {
        Webhook webhook = aWebhook();
        List<WebhookDeliveryId> all = new ArrayList<>();
        for (long ticket = 1; ticket <= 5; ticket++) {
            all.add(enqueue(webhook, aComment(ticket), NOW.plusSeconds(ticket)));
        }
        Instant later = NOW.plusSeconds(10);

        WebhookClaim claim = claim(later, 3);

        assertEquals(later.plus(LEASE), claim.leaseUntil());
        assertEquals(all.subList(0, 3), ids(claim));
        for (WebhookClaim.Claimed claimed : claim.deliveries()) {
            assertEquals(1, claimed.delivery().attempts());
            assertEquals(webhook, claimed.webhook(), "the webhook as it stands");
            assertEquals(1, row(webhook, claimed.delivery().id()).attempts());
        }
        WebhookClaim rest = claim(later, 3);
        assertEquals(all.subList(3, 5), ids(rest));
        assertNotEquals(claim.token(), rest.token());
        assertTrue(ids(claim(later, 3)).isEmpty());
    }

    @Test
    void a_leased_delivery_is_claimed_again_only_when_its_lease_is_over() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId id = enqueue(webhook, 1);
        assertEquals(List.of(id), ids(claim(NOW, 10)));

        assertTrue(ids(claim(NOW.plus(LEASE).minusSeconds(1), 10)).isEmpty(), "still leased");

        WebhookClaim again = claim(NOW.plus(LEASE), 10);
        assertEquals(List.of(id), ids(again));
        assertEquals(2, again.deliveries().getFirst().delivery().attempts());
    }

    @Test
    void a_delivery_is_not_claimed_before_it_is_due() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId id = enqueue(webhook, aComment(1), NOW.plusSeconds(30));

        assertTrue(ids(claim(NOW.plusSeconds(29), 10)).isEmpty());
        assertEquals(List.of(id), ids(claim(NOW.plusSeconds(30), 10)));
    }

    @Test
    void a_delivered_delivery_records_the_answer_and_when_and_is_never_claimed_again() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId id = enqueue(webhook, 1);
        WebhookClaim claim = claim(NOW, 10);

        deliveries().markDelivered(id, claim.token(), OK, NOW.plusSeconds(1));

        WebhookDelivery delivered = row(webhook, id);
        assertEquals(WebhookDeliveryStatus.DELIVERED, delivered.status());
        assertEquals(Optional.of(NOW.plusSeconds(1)), delivered.deliveredAt());
        assertEquals(Optional.of(OK), delivered.lastAttempt());
        assertEquals(1, delivered.attempts());
        assertTrue(delivered.nextAttemptAt().isEmpty(), "nothing more to attempt");
        assertTrue(ids(claim(NOW.plus(Duration.ofDays(1)), 10)).isEmpty());
    }

    @Test
    void a_retried_delivery_keeps_the_answer_and_waits_for_its_next_attempt() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId id = enqueue(webhook, 1);
        WebhookClaim claim = claim(NOW, 10);
        Instant next = NOW.plus(Duration.ofMinutes(1));

        deliveries().scheduleRetry(id, claim.token(), TIMED_OUT, next);

        WebhookDelivery waiting = row(webhook, id);
        assertEquals(WebhookDeliveryStatus.PENDING, waiting.status());
        assertEquals(Optional.of(TIMED_OUT), waiting.lastAttempt());
        assertEquals(Optional.of(next), waiting.nextAttemptAt());
        assertTrue(ids(claim(next.minusSeconds(1), 10)).isEmpty());
        WebhookClaim retry = claim(next, 10);
        assertEquals(List.of(id), ids(retry));
        assertEquals(2, retry.deliveries().getFirst().delivery().attempts());
    }

    @Test
    void a_failed_delivery_keeps_the_answer_and_is_never_claimed_again() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId id = enqueue(webhook, 1);
        WebhookClaim claim = claim(NOW, 10);

        deliveries().markFailed(id, claim.token(), UNAVAILABLE);

        WebhookDelivery failed = row(webhook, id);
        assertEquals(WebhookDeliveryStatus.FAILED, failed.status());
        assertEquals(Optional.of(UNAVAILABLE), failed.lastAttempt());
        assertTrue(failed.nextAttemptAt().isEmpty());
        assertTrue(failed.deliveredAt().isEmpty());
        assertTrue(ids(claim(NOW.plus(Duration.ofDays(30)), 10)).isEmpty());
    }

    @Test
    void only_the_holder_of_the_current_claim_may_settle_a_delivery() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId id = enqueue(webhook, 1);
        WebhookClaim stale = claim(NOW, 10);
        WebhookClaim fresh = claim(NOW.plus(LEASE), 10);
        assertEquals(List.of(id), ids(fresh));

        deliveries().markDelivered(id, stale.token(), OK, NOW.plus(LEASE));
        deliveries().scheduleRetry(id, stale.token(), UNAVAILABLE, NOW.plus(Duration.ofHours(1)));
        deliveries().markFailed(id, stale.token(), UNAVAILABLE);
        deliveries().markFailed(id, UUID.randomUUID(), UNAVAILABLE);
        WebhookDelivery untouched = row(webhook, id);
        assertEquals(WebhookDeliveryStatus.PENDING, untouched.status());
        assertTrue(untouched.lastAttempt().isEmpty(), untouched::toString);

        deliveries().markDelivered(id, fresh.token(), OK, NOW.plus(LEASE));
        deliveries().markFailed(id, fresh.token(), UNAVAILABLE);
        WebhookDelivery delivered = row(webhook, id);
        assertEquals(WebhookDeliveryStatus.DELIVERED, delivered.status(), "settled once, for good");
        assertEquals(Optional.of(OK), delivered.lastAttempt());
    }

    @Test
    void released_deliveries_are_claimed_again_at_once_without_the_attempt_their_claim_counted() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId first = enqueue(webhook, 1);
        WebhookDeliveryId second = enqueue(webhook, 2);
        WebhookClaim claim = claim(NOW, 10);
        assertEquals(List.of(first, second), ids(claim));

        assertEquals(2, deliveries().release(claim.token(), List.of(first, second)));

        WebhookDelivery released = row(webhook, first);
        assertEquals(WebhookDeliveryStatus.PENDING, released.status());
        assertEquals(0, released.attempts());
        assertEquals(Optional.of(NOW), released.nextAttemptAt(), "due as it was");
        WebhookClaim again = claim(NOW.plusSeconds(1), 10);
        assertEquals(List.of(first, second), ids(again), "no lease to wait for");
        assertEquals(1, again.deliveries().getFirst().delivery().attempts());
    }

    @Test
    void only_the_claims_own_unsettled_deliveries_are_released() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId delivered = enqueue(webhook, 1);
        WebhookDeliveryId reclaimed = enqueue(webhook, 2);
        WebhookDeliveryId mine = enqueue(webhook, 3);
        WebhookClaim claim = claim(NOW, 10);
        deliveries().markDelivered(delivered, claim.token(), OK, NOW);

        assertEquals(0, deliveries().release(UUID.randomUUID(), List.of(mine)), "not that claim's");
        assertEquals(0, deliveries().release(claim.token(), List.of()));
        assertEquals(1, deliveries().release(claim.token(), List.of(delivered, mine)));
        assertEquals(WebhookDeliveryStatus.DELIVERED, row(webhook, delivered).status());
        assertEquals(1, row(webhook, delivered).attempts());

        WebhookClaim other = claim(NOW.plus(LEASE), 10);
        assertEquals(List.of(reclaimed, mine), ids(other));
        assertEquals(0, deliveries().release(claim.token(), List.of(reclaimed)), "claimed again by another");
        assertTrue(ids(claim(NOW.plus(LEASE), 10)).isEmpty(), "the other claim still holds it");
    }

    @Test
    void a_released_delivery_keeps_its_place_before_the_later_ones_of_its_ticket() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId first = enqueue(webhook, 1);
        WebhookDeliveryId second = enqueue(webhook, 1);
        WebhookClaim claim = claim(NOW, 10);
        assertEquals(List.of(first), ids(claim));

        deliveries().release(claim.token(), List.of(first));

        assertEquals(List.of(first), ids(claim(NOW, 10)), "the second still waits for the first");
        assertFalse(ids(claim(NOW, 10)).contains(second));
    }

    @Test
    void a_later_delivery_of_a_ticket_waits_for_the_earlier_one_while_other_tickets_go_ahead() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId first = enqueue(webhook, 1);
        WebhookDeliveryId second = enqueue(webhook, 1);
        WebhookDeliveryId otherTicket = enqueue(webhook, 2);

        WebhookClaim claim = claim(NOW, 10);
        assertEquals(List.of(first, otherTicket), ids(claim));

        deliveries().scheduleRetry(first, claim.token(), UNAVAILABLE, NOW.plus(Duration.ofMinutes(5)));
        deliveries().markDelivered(otherTicket, claim.token(), OK, NOW);
        assertTrue(ids(claim(NOW.plus(Duration.ofMinutes(4)), 10)).isEmpty(), "the second waits for the first");

        WebhookClaim retry = claim(NOW.plus(Duration.ofMinutes(5)), 10);
        assertEquals(List.of(first), ids(retry), "the retry goes alone");
        deliveries().markDelivered(first, retry.token(), OK, NOW.plus(Duration.ofMinutes(5)));

        assertEquals(List.of(second), ids(claim(NOW.plus(Duration.ofMinutes(5)), 10)));
    }

    @Test
    void a_delivery_given_up_on_no_longer_holds_back_the_tickets_later_ones() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId first = enqueue(webhook, 1);
        WebhookDeliveryId second = enqueue(webhook, 1);
        WebhookClaim claim = claim(NOW, 10);
        assertEquals(List.of(first), ids(claim));

        deliveries().markFailed(first, claim.token(), UNAVAILABLE);

        assertEquals(List.of(second), ids(claim(NOW, 10)));
    }

    @Test
    void deliveries_without_a_ticket_do_not_wait_for_each_other() {
        Webhook webhook = aWebhook();
        WebhookMessage ping = new WebhookMessage(WebhookEventType.PING, Optional.empty(), "{\"type\":\"webhook.ping\"}");
        WebhookDeliveryId first = enqueue(webhook, ping, NOW);
        WebhookDeliveryId second = enqueue(webhook, ping, NOW);

        assertEquals(List.of(first, second), ids(claim(NOW, 10)));
    }

    @Test
    void one_webhooks_waiting_delivery_does_not_hold_back_another_webhooks_delivery_of_the_same_ticket() {
        Webhook waiting = aWebhook();
        Webhook other = aWebhook();
        WebhookDeliveryId held = enqueue(waiting, 1);
        enqueue(waiting, 1);
        WebhookClaim claim = claim(NOW, 10);
        assertEquals(List.of(held), ids(claim));
        deliveries().scheduleRetry(held, claim.token(), UNAVAILABLE, NOW.plus(Duration.ofHours(1)));

        WebhookDeliveryId othersDelivery = enqueue(other, 1);

        assertEquals(List.of(othersDelivery), ids(claim(NOW, 10)));
    }

    @Test
    void the_deliveries_of_a_webhook_that_is_off_wait_until_it_is_on_again() {
        Webhook off = aWebhook();
        Webhook on = aWebhook();
        WebhookDeliveryId waiting = enqueue(off, 1);
        WebhookDeliveryId going = enqueue(on, 1);
        webhooks().disable(off.id(), "the receiver answered 410 Gone", NOW);

        assertEquals(List.of(going), ids(claim(NOW, 10)));

        Webhook disabled = webhooks().findById(off.id()).orElseThrow();
        webhooks().update(disabled.changed(Optional.empty(), Optional.empty(), Optional.of(true), NOW));
        WebhookClaim claim = claim(NOW, 10);
        assertEquals(List.of(waiting), ids(claim));
        assertTrue(claim.deliveries().getFirst().webhook().active(), "the webhook as it stands at the claim");
    }

    @Test
    void the_log_lists_a_webhooks_deliveries_newest_first_up_to_the_limit() {
        Webhook webhook = aWebhook();
        Webhook other = aWebhook();
        WebhookDeliveryId first = enqueue(webhook, 1);
        WebhookDeliveryId second = enqueue(webhook, 2);
        enqueue(other, 1);
        WebhookDeliveryId third = enqueue(webhook, 3);

        assertEquals(List.of(third, second, first),
                deliveries().list(webhook.id(), 10).stream().map(WebhookDelivery::id).toList());
        assertEquals(List.of(third, second),
                deliveries().list(webhook.id(), 2).stream().map(WebhookDelivery::id).toList());
        assertEquals(row(webhook, third), deliveries().list(webhook.id(), 1).getFirst());
    }

    @Test
    void a_redelivered_delivery_is_due_again_with_fresh_attempts_under_the_same_message_id() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId id = enqueue(webhook, 1);
        WebhookClaim claim = claim(NOW, 10);
        deliveries().markFailed(id, claim.token(), UNAVAILABLE);
        WebhookDelivery failed = row(webhook, id);
        Instant later = NOW.plus(Duration.ofDays(1));

        WebhookDelivery requeued = deliveries().redeliver(webhook.id(), id, later).orElseThrow();

        assertEquals(WebhookDeliveryStatus.PENDING, requeued.status());
        assertEquals(0, requeued.attempts());
        assertEquals(Optional.of(later), requeued.nextAttemptAt());
        assertEquals(failed.messageId(), requeued.messageId());
        assertEquals(Optional.of(UNAVAILABLE), requeued.lastAttempt(), "the last answer stays until the next");
        assertEquals(requeued, row(webhook, id));
        assertEquals(List.of(id), ids(claim(later, 10)));
    }

    @Test
    void a_delivered_delivery_can_be_redelivered_and_forgets_when_it_was_delivered() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId id = enqueue(webhook, 1);
        WebhookClaim claim = claim(NOW, 10);
        deliveries().markDelivered(id, claim.token(), OK, NOW);

        WebhookDelivery requeued = deliveries().redeliver(webhook.id(), id, NOW.plusSeconds(5)).orElseThrow();

        assertEquals(WebhookDeliveryStatus.PENDING, requeued.status());
        assertTrue(requeued.deliveredAt().isEmpty());
    }

    @Test
    void a_delivery_a_dispatcher_holds_is_not_redelivered() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId id = enqueue(webhook, 1);
        claim(NOW, 10);

        assertTrue(deliveries().redeliver(webhook.id(), id, NOW.plus(LEASE).minusSeconds(1)).isEmpty());
        assertEquals(1, row(webhook, id).attempts());
        assertTrue(deliveries().redeliver(webhook.id(), id, NOW.plus(LEASE)).isPresent(), "the lease is over");
    }

    @Test
    void only_finished_deliveries_older_than_the_cut_off_are_forgotten_and_pending_ones_never() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId delivered = enqueue(webhook, 1);
        WebhookDeliveryId failed = enqueue(webhook, 2);
        WebhookDeliveryId leased = enqueue(webhook, 3);
        WebhookDeliveryId retrying = enqueue(webhook, 4);
        WebhookClaim claim = claim(NOW, 10);
        deliveries().markDelivered(delivered, claim.token(), OK, NOW.plusSeconds(10));
        deliveries().scheduleRetry(failed, claim.token(), UNAVAILABLE, NOW.plusSeconds(20));
        deliveries().scheduleRetry(retrying, claim.token(), UNAVAILABLE, NOW.plusSeconds(5));
        WebhookClaim retry = claim(NOW.plusSeconds(20), 10);
        assertEquals(List.of(retrying, failed), ids(retry));
        deliveries().markFailed(failed, retry.token(), UNAVAILABLE);
        assertEquals(List.of(leased), ids(claim(NOW.plus(LEASE), 10)), "its first lease is over, the retry's not");

        assertEquals(0, deliveries().forgetFinishedBefore(NOW.plusSeconds(10), 100), "delivered at the cut-off");
        assertEquals(1, deliveries().forgetFinishedBefore(NOW.plusSeconds(11), 100));
        assertFalse(exists(webhook, delivered));
        assertTrue(exists(webhook, failed), "a failed one counts from when its last attempt was due");
        assertEquals(1, deliveries().forgetFinishedBefore(NOW.plusSeconds(21), 100));
        assertFalse(exists(webhook, failed));

        assertEquals(0, deliveries().forgetFinishedBefore(NOW.plus(Duration.ofDays(300)), 100));
        assertTrue(exists(webhook, leased) && exists(webhook, retrying), "pending, however old");
    }

    @Test
    void forgetting_deletes_no_more_than_its_limit_a_call() {
        Webhook webhook = aWebhook();
        List<WebhookDeliveryId> all = new ArrayList<>();
        for (long ticket = 1; ticket <= 5; ticket++) {
            all.add(enqueue(webhook, ticket));
        }
        WebhookClaim claim = claim(NOW, 10);
        all.forEach(id -> deliveries().markDelivered(id, claim.token(), OK, NOW));
        Instant cutoff = NOW.plusSeconds(1);

        assertEquals(2, deliveries().forgetFinishedBefore(cutoff, 2));
        assertEquals(3, all.stream().filter(id -> exists(webhook, id)).count());
        assertEquals(2, deliveries().forgetFinishedBefore(cutoff, 2));
        assertEquals(1, deliveries().forgetFinishedBefore(cutoff, 2));
        assertEquals(0, deliveries().forgetFinishedBefore(cutoff, 2));
        assertTrue(all.stream().noneMatch(id -> exists(webhook, id)));
    }

    @Test
    void deleting_a_webhook_deletes_its_delivery_log() {
        Webhook gone = aWebhook();
        Webhook kept = aWebhook();
        WebhookDeliveryId goneDelivery = enqueue(gone, 1);
        WebhookDeliveryId keptDelivery = enqueue(kept, 1);

        assertTrue(webhooks().delete(gone.id()));

        assertFalse(exists(gone, goneDelivery));
        assertTrue(deliveries().list(gone.id(), 10).isEmpty());
        assertEquals(List.of(keptDelivery), ids(claim(NOW, 10)));
    }
}
