package io.supportdesk.application.webhook;

import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.domain.TestClock;
import io.supportdesk.domain.webhook.WebhookId;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static io.supportdesk.application.retention.BoundedPruning.BATCH_SIZE;
import static io.supportdesk.application.retention.BoundedPruning.MAX_BATCHES;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PruneWebhookDeliveriesServiceTest {

    private final TestClock clock = TestClock.at("2026-04-01T10:00:00Z");

    @Test
    void the_cut_off_is_the_retention_before_now() {
        DeletingInBatches deliveries = new DeletingInBatches(12);

        int removed = new PruneWebhookDeliveriesService(deliveries, Duration.ofDays(30), clock).prune();

        assertEquals(12, removed);
        assertEquals(List.of(Instant.parse("2026-03-02T10:00:00Z")), deliveries.cutoffs);
        assertEquals(List.of(BATCH_SIZE), deliveries.limits);
    }

    @Test
    void full_batches_are_followed_by_another_until_one_comes_back_short() {
        DeletingInBatches deliveries = new DeletingInBatches(BATCH_SIZE, BATCH_SIZE, 3);

        assertEquals(2 * BATCH_SIZE + 3, new PruneWebhookDeliveriesService(deliveries, Duration.ofDays(1), clock)
                .prune());
        assertEquals(3, deliveries.cutoffs.size());
    }

    @Test
    void a_run_stops_after_its_last_batch_and_leaves_the_rest_to_the_next() {
        Integer[] alwaysFull = new Integer[MAX_BATCHES + 3];
        Arrays.fill(alwaysFull, BATCH_SIZE);
        DeletingInBatches deliveries = new DeletingInBatches(alwaysFull);

        assertEquals(MAX_BATCHES * BATCH_SIZE, new PruneWebhookDeliveriesService(deliveries, Duration.ofDays(1), clock)
                .prune());
        assertEquals(MAX_BATCHES, deliveries.cutoffs.size());
    }

    @Test
    void the_retention_must_be_positive() {
        assertThrows(IllegalArgumentException.class,
                () -> new PruneWebhookDeliveriesService(new DeletingInBatches(), Duration.ZERO, clock));
    }

    /** Answers each delete with the next of the given counts (0 when they run out) and records what it was asked. */
    private static final class DeletingInBatches implements WebhookDeliveries {

        private final Deque<Integer> answers;
        final List<Instant> cutoffs = new ArrayList<>();
        final List<Integer> limits = new ArrayList<>();

        DeletingInBatches(Integer... answers) {
            this.answers = new ArrayDeque<>(List.of(answers));
        }

        @Override
        public int forgetFinishedBefore(Instant cutoff, int limit) {
            cutoffs.add(cutoff);
            limits.add(limit);
            return answers.isEmpty() ? 0 : answers.pop();
        }

        @Override
        public void enqueueForSubscribers(List<WebhookMessage> messages, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WebhookDeliveryId> enqueue(WebhookMessage message, List<WebhookId> webhooks, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public WebhookClaim claimDue(Instant now, int limit, Duration lease) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markDelivered(WebhookDeliveryId id, UUID claimToken, WebhookAttempt attempt, Instant now) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void scheduleRetry(WebhookDeliveryId id, UUID claimToken, WebhookAttempt attempt,
                                  Instant nextAttemptAt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public void markFailed(WebhookDeliveryId id, UUID claimToken, WebhookAttempt attempt) {
            throw new UnsupportedOperationException();
        }

        @Override
        public int release(UUID claimToken, List<WebhookDeliveryId> ids) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<WebhookDelivery> findById(WebhookId webhook, WebhookDeliveryId id) {
            throw new UnsupportedOperationException();
        }

        @Override
        public List<WebhookDelivery> list(WebhookId webhook, int limit) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Optional<WebhookDelivery> redeliver(WebhookId webhook, WebhookDeliveryId id, Instant now) {
            throw new UnsupportedOperationException();
        }
    }
}
