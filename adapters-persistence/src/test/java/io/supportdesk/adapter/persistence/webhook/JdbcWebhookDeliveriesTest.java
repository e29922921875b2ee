package io.supportdesk.adapter.persistence.webhook;

import io.micronaut.transaction.TransactionOperations;
import io.supportdesk.adapter.persistence.testing.AdapterTest;
import io.supportdesk.application.webhook.WebhookAttempt;
import io.supportdesk.application.webhook.WebhookClaim;
import io.supportdesk.application.webhook.WebhookDelivery;
import io.supportdesk.application.webhook.WebhookDeliveryId;
import io.supportdesk.application.webhook.WebhookDeliveryStatus;
import io.supportdesk.application.webhook.WebhookMessage;
import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;
import io.supportdesk.domain.webhook.WebhookSecret;
import io.supportdesk.domain.webhook.WebhookUrl;
import jakarta.inject.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The webhooks' outbox on real PostgreSQL: who may claim what, and when. Concurrency is proven by holding one claim's
 * transaction open while another claims, not by timing.
 *
 * <p>The database is shared and nothing rolls back, so every row here belongs to webhooks this class adds and deletes
 * again, and they are due in this class's own past ({@link #clock}): no other row of the database is due at its times,
 * and a dispatcher claiming at the real time finds none of these once they are deleted.
 */
@AdapterTest
class JdbcWebhookDeliveriesTest {

    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final WebhookAttempt OK = new WebhookAttempt(OptionalInt.of(204), Optional.empty(),
            Optional.empty(), Duration.ofMillis(12));
    private static final WebhookAttempt UNAVAILABLE = new WebhookAttempt(OptionalInt.of(503), Optional.of("busy"),
            Optional.empty(), Duration.ofMillis(40));

    @Inject
    JdbcWebhookDeliveries deliveries;
    @Inject
    JdbcWebhookRepository webhooks;
    @Inject
    TransactionOperations<Connection> transactions;

    private final TestClock clock = TestClock.at("2001-03-02T09:00:00Z");
    private final List<WebhookId> ours = new ArrayList<>();

    @AfterEach
    void deleteOurWebhooksWithTheirDeliveries() {
        ours.forEach(webhooks::delete);
        ours.clear();
    }

    private Webhook aWebhook() {
        Webhook webhook = webhooks.add(WebhookUrl.parse("https://hooks.example.test/" + UUID.randomUUID()),
                Set.of(WebhookEventType.TICKET_CREATED, WebhookEventType.COMMENT_CREATED), true,
                new WebhookSecret("whsec_" + java.util.Base64.getEncoder().encodeToString(new byte[32])),
                clock.instant());
        ours.add(webhook.id());
        return webhook;
    }

    private WebhookDeliveryId enqueue(Webhook webhook, long ticket) {
        WebhookMessage message = new WebhookMessage(WebhookEventType.COMMENT_CREATED,
                Optional.of(new TicketId(ticket)), "{\"type\":\"comment.created\"}");
        return deliveries.enqueue(message, List.of(webhook.id()), clock.instant()).getFirst();
    }

    private WebhookClaim claim(int limit) {
        return deliveries.claimDue(clock.instant(), limit, LEASE);
    }

    /** The claimed deliveries of this class's webhooks (there should be no others), in the claim's order. */
    private List<WebhookDeliveryId> ids(WebhookClaim claim) {
        return claim.deliveries().stream().map(WebhookClaim.Claimed::delivery)
                .filter(delivery -> ours.contains(delivery.webhookId())).map(WebhookDelivery::id).toList();
    }

    private WebhookDelivery row(Webhook webhook, WebhookDeliveryId id) {
        return deliveries.findById(webhook.id(), id).orElseThrow();
    }

    @Test
    void a_claim_made_while_another_is_still_open_skips_its_rows_instead_of_waiting_for_them() throws Exception {
        Webhook webhook = aWebhook();
        List<WebhookDeliveryId> all = new ArrayList<>();
        for (long ticket = 1; ticket <= 4; ticket++) {
            all.add(enqueue(webhook, ticket));
        }
        CountDownLatch firstClaimed = new CountDownLatch(1);
        CountDownLatch secondClaimed = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // The first dispatcher's claim stays uncommitted, its rows locked, until the second has claimed.
            Future<WebhookClaim> first = thread.submit(() -> transactions.executeWrite(status -> {
                WebhookClaim claim = claim(2);
                firstClaimed.countDown();
                assertTrue(secondClaimed.await(1, TimeUnit.MINUTES), "the second claim never finished");
                return claim;
            }));
            assertTrue(firstClaimed.await(1, TimeUnit.MINUTES), "the first claim never finished");

            WebhookClaim second = claim(10);
            secondClaimed.countDown();

            List<WebhookDeliveryId> firstIds = ids(first.get(1, TimeUnit.MINUTES));
            assertEquals(all.subList(0, 2), firstIds);
            assertEquals(all.subList(2, 4), ids(second), "the second took only what the first had not locked");
        } finally {
            secondClaimed.countDown();
            thread.shutdownNow();
        }
        assertTrue(ids(claim(10)).isEmpty(), "both claims are leased now");
    }

    @Test
    void two_dispatchers_claiming_at_once_split_the_rows_between_them() throws Exception {
        Webhook webhook = aWebhook();
        Set<WebhookDeliveryId> all = new HashSet<>();
        for (long ticket = 1; ticket <= 30; ticket++) {
            all.add(enqueue(webhook, ticket));
        }
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<List<WebhookDeliveryId>>> runs = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(threads.submit(() -> {
                    start.await(1, TimeUnit.MINUTES);
                    List<WebhookDeliveryId> taken = new ArrayList<>();
                    for (List<WebhookDeliveryId> batch = ids(claim(4)); !batch.isEmpty(); batch = ids(claim(4))) {
                        taken.addAll(batch);
                    }
                    return taken;
                }));
            }
            List<WebhookDeliveryId> everything = new ArrayList<>(runs.get(0).get(1, TimeUnit.MINUTES));
            everything.addAll(runs.get(1).get(1, TimeUnit.MINUTES));

            assertEquals(all.size(), everything.size(), "claimed in total: none twice, " + everything);
            assertEquals(all, Set.copyOf(everything));
        } finally {
            threads.shutdownNow();
        }
        for (WebhookDeliveryId id : all) {
            assertEquals(1, row(webhook, id).attempts(), "one attempt counted per claim");
        }
    }

    @Test
    void a_lease_that_ran_out_lets_another_dispatcher_claim_and_the_first_can_no_longer_settle() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId id = enqueue(webhook, 1);
        WebhookClaim stale = claim(10);
        assertEquals(List.of(id), ids(stale));

        clock.advance(LEASE.minusSeconds(1));
        assertTrue(ids(claim(10)).isEmpty(), "still leased");
        clock.advance(Duration.ofSeconds(1));
        WebhookClaim fresh = claim(10);
        assertEquals(List.of(id), ids(fresh), "the lease ended: claimable again");
        assertFalse(stale.token().equals(fresh.token()));

        deliveries.markDelivered(id, stale.token(), OK, clock.instant());
        deliveries.scheduleRetry(id, stale.token(), UNAVAILABLE, clock.instant().plusSeconds(60));
        deliveries.markFailed(id, stale.token(), UNAVAILABLE);
        WebhookDelivery untouched = row(webhook, id);
        assertEquals(WebhookDeliveryStatus.PENDING, untouched.status(), "the first holder's settling is ignored");
        assertEquals(2, untouched.attempts());
        assertTrue(untouched.lastAttempt().isEmpty(), untouched::toString);

        deliveries.markDelivered(id, fresh.token(), OK, clock.instant());
        WebhookDelivery delivered = row(webhook, id);
        assertEquals(WebhookDeliveryStatus.DELIVERED, delivered.status());
        assertEquals(Optional.of(clock.instant()), delivered.deliveredAt());
    }

    @Test
    void a_later_delivery_of_a_ticket_waits_for_the_earlier_one_while_other_tickets_go_ahead() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId first = enqueue(webhook, 1);
        WebhookDeliveryId second = enqueue(webhook, 1);
        WebhookDeliveryId otherTicket = enqueue(webhook, 2);

        WebhookClaim claim = claim(10);
        assertEquals(List.of(first, otherTicket), ids(claim));

        // The earlier one failed and waits for its retry: the later one, due long since, still waits behind it.
        deliveries.scheduleRetry(first, claim.token(), UNAVAILABLE, clock.instant().plus(Duration.ofMinutes(5)));
        deliveries.markDelivered(otherTicket, claim.token(), OK, clock.instant());
        clock.advance(Duration.ofMinutes(4));
        assertTrue(ids(claim(10)).isEmpty(), "nothing is due but what waits for the first");

        clock.advance(Duration.ofMinutes(1));
        WebhookClaim retry = claim(10);
        assertEquals(List.of(first), ids(retry), "the retry goes alone");
        deliveries.markDelivered(first, retry.token(), OK, clock.instant());

        assertEquals(List.of(second), ids(claim(10)), "once the first is settled, the second goes");
    }

    @Test
    void a_delivery_given_up_on_no_longer_holds_back_the_tickets_later_ones() {
        Webhook webhook = aWebhook();
        WebhookDeliveryId first = enqueue(webhook, 1);
        WebhookDeliveryId second = enqueue(webhook, 1);
        WebhookClaim claim = claim(10);
        assertEquals(List.of(first), ids(claim));

        deliveries.markFailed(first, claim.token(), UNAVAILABLE);

        assertEquals(List.of(second), ids(claim(10)));
    }

    @Test
    void one_webhooks_waiting_delivery_does_not_hold_back_another_webhooks_delivery_of_the_same_ticket() {
        Webhook waiting = aWebhook();
        Webhook other = aWebhook();
        WebhookDeliveryId held = enqueue(waiting, 1);
        WebhookDeliveryId heldBack = enqueue(waiting, 1);
        WebhookClaim claim = claim(10);
        assertEquals(List.of(held), ids(claim), "not " + heldBack + ": it waits behind " + held);
        deliveries.scheduleRetry(held, claim.token(), UNAVAILABLE, clock.instant().plus(Duration.ofHours(1)));

        WebhookDeliveryId otherWebhooks = enqueue(other, 1);

        assertEquals(List.of(otherWebhooks), ids(claim(10)));
    }

    @Test
    void the_deliveries_of_a_webhook_that_is_off_are_not_claimed_until_it_is_on_again() {
        Webhook off = aWebhook();
        Webhook on = aWebhook();
        WebhookDeliveryId waiting = enqueue(off, 1);
        WebhookDeliveryId going = enqueue(on, 1);
        webhooks.disable(off.id(), "the receiver answered 410 Gone", clock.instant());

        assertEquals(List.of(going), ids(claim(10)));

        Webhook disabled = webhooks.findById(off.id()).orElseThrow();
        webhooks.update(disabled.changed(Optional.empty(), Optional.empty(), Optional.of(true), clock.instant()));
        assertEquals(List.of(waiting), ids(claim(10)), "it waited, and goes once the webhook is on");
    }

    @Test
    void a_claim_takes_no_more_than_its_limit_oldest_first() {
        Webhook webhook = aWebhook();
        List<WebhookDeliveryId> all = new ArrayList<>();
        for (long ticket = 1; ticket <= 5; ticket++) {
            all.add(enqueue(webhook, ticket));
            clock.advance(Duration.ofSeconds(1));
        }

        assertEquals(all.subList(0, 3), ids(claim(3)));
        assertEquals(all.subList(3, 5), ids(claim(3)));
        assertTrue(ids(claim(3)).isEmpty());
    }

    @Test
    void a_delivery_is_not_claimed_before_it_is_due() {
        Webhook webhook = aWebhook();
        Instant enqueued = clock.instant();
        WebhookDeliveryId id = enqueue(webhook, 1);
        WebhookClaim claim = claim(10);
        deliveries.scheduleRetry(id, claim.token(), UNAVAILABLE, enqueued.plus(Duration.ofMinutes(30)));

        clock.advance(Duration.ofMinutes(30).minusSeconds(1));
        assertTrue(ids(claim(10)).isEmpty());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(List.of(id), ids(claim(10)));
    }
    private boolean exists(Webhook webhook, WebhookDeliveryId id) {
        return deliveries.findById(webhook.id(), id).isPresent();
    }

    @Test
    void only_finished_deliveries_older_than_the_cut_off_are_forgotten_and_pending_ones_never() {
        Instant start = clock.instant();
        Webhook webhook = aWebhook();
        WebhookDeliveryId oldDelivered = enqueue(webhook, 1);
        WebhookDeliveryId oldFailed = enqueue(webhook, 2);
        WebhookClaim first = claim(10);
        deliveries.markDelivered(oldDelivered, first.token(), OK, clock.instant());
        deliveries.markFailed(oldFailed, first.token(), UNAVAILABLE);
        WebhookDeliveryId oldLeased = enqueue(webhook, 3);
        assertEquals(List.of(oldLeased), ids(claim(10)));
        Webhook off = aWebhook();
        WebhookDeliveryId oldWaiting = enqueue(off, 1);
        webhooks.disable(off.id(), "turned off by an administrator", clock.instant());

        clock.advance(Duration.ofDays(10));
        Instant tenDaysOn = clock.instant();
        WebhookDeliveryId recentDelivered = enqueue(webhook, 4);
        WebhookDeliveryId recentFailed = enqueue(webhook, 5);
        WebhookClaim later = claim(10);
        assertEquals(List.of(oldLeased, recentDelivered, recentFailed), ids(later), "the old lease ran out");
        deliveries.markDelivered(recentDelivered, later.token(), OK, clock.instant());
        deliveries.markFailed(recentFailed, later.token(), UNAVAILABLE);

        assertEquals(2, deliveries.forgetFinishedBefore(start.plus(Duration.ofDays(1)), 100));
        assertFalse(exists(webhook, oldDelivered));
        assertFalse(exists(webhook, oldFailed));
        assertTrue(exists(webhook, oldLeased) && exists(off, oldWaiting), "pending, however old");

        assertEquals(0, deliveries.forgetFinishedBefore(tenDaysOn, 100), "finished at the cut-off: kept");
        assertEquals(2, deliveries.forgetFinishedBefore(tenDaysOn.plusSeconds(1), 100));
        assertFalse(exists(webhook, recentDelivered) || exists(webhook, recentFailed));

        assertEquals(0, deliveries.forgetFinishedBefore(tenDaysOn.plus(Duration.ofDays(10_000)), 100));
        assertTrue(exists(webhook, oldLeased) && exists(off, oldWaiting), "pending, however old");
    }

    @Test
    void forgetting_deletes_no_more_than_its_limit_a_call() {
        Webhook webhook = aWebhook();
        List<WebhookDeliveryId> all = new ArrayList<>();
        for (long ticket = 1; ticket <= 5; ticket++) {
            all.add(enqueue(webhook, ticket));
        }
        WebhookClaim claim = claim(10);
        all.forEach(id -> deliveries.markDelivered(id, claim.token(), OK, clock.instant()));
        Instant cutoff = clock.instant().plusSeconds(1);

        assertEquals(2, deliveries.forgetFinishedBefore(cutoff, 2));
        assertEquals(3, all.stream().filter(id -> exists(webhook, id)).count());
        assertEquals(2, deliveries.forgetFinishedBefore(cutoff, 2));
        assertEquals(1, deliveries.forgetFinishedBefore(cutoff, 2));
        assertEquals(0, deliveries.forgetFinishedBefore(cutoff, 2));
        assertTrue(all.stream().noneMatch(id -> exists(webhook, id)));
    }

    @Test
    void forgetting_skips_a_delivery_being_redelivered_instead_of_waiting_for_it() throws Exception {
        Webhook webhook = aWebhook();
        WebhookDeliveryId redelivered = enqueue(webhook, 1);
        WebhookDeliveryId forgotten = enqueue(webhook, 2);
        WebhookClaim claim = claim(10);
        deliveries.markFailed(redelivered, claim.token(), UNAVAILABLE);
        deliveries.markFailed(forgotten, claim.token(), UNAVAILABLE);
        clock.advance(Duration.ofDays(40));
        CountDownLatch redelivering = new CountDownLatch(1);
        CountDownLatch forgot = new CountDownLatch(1);
        ExecutorService thread = Executors.newSingleThreadExecutor();
        try {
            // An administrator's redelivery holds the old failed row, uncommitted, while the housekeeping runs.
            Future<?> redelivery = thread.submit(() -> transactions.executeWrite(status -> {
                assertTrue(deliveries.redeliver(webhook.id(), redelivered, clock.instant()).isPresent());
                redelivering.countDown();
                assertTrue(forgot.await(1, TimeUnit.MINUTES), "the housekeeping waited for the redelivery");
                return null;
            }));
            assertTrue(redelivering.await(1, TimeUnit.MINUTES));

            assertEquals(1, deliveries.forgetFinishedBefore(clock.instant().minus(Duration.ofDays(30)), 100));
            forgot.countDown();
            redelivery.get(1, TimeUnit.MINUTES);
        } finally {
            forgot.countDown();
            thread.shutdownNow();
        }
        assertFalse(exists(webhook, forgotten));
        assertEquals(WebhookDeliveryStatus.PENDING, row(webhook, redelivered).status(), "redelivered, not lost");
    }
}
