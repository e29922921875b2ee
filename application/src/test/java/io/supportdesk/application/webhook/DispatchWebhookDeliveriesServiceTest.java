package io.supportdesk.application.webhook;

import io.supportdesk.application.notification.DispatchSettings;
import io.supportdesk.application.notification.RetrySchedule;
import io.supportdesk.application.time.ClockSkew;
import io.supportdesk.application.notification.port.in.DispatchStopReport;
import io.supportdesk.application.webhook.port.in.WebhookDispatchReport;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.application.webhook.port.out.WebhookSender;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.webhook.Webhook;
import io.supportdesk.domain.webhook.WebhookEventType;
import io.supportdesk.domain.webhook.WebhookId;
import io.supportdesk.domain.webhook.WebhookSecret;
import io.supportdesk.domain.webhook.WebhookUrl;
import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The dispatcher's rules over recording doubles: what each answer does to the delivery and to the webhook. */
class DispatchWebhookDeliveriesServiceTest {

    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);
    private static final WebhookSecret SECRET = new WebhookSecret("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final Webhook WEBHOOK = new Webhook(new WebhookId(1), WebhookUrl.parse("https://hooks.example.com/"),
            Set.of(WebhookEventType.TICKET_CREATED), true, SECRET, Optional.empty(), Optional.empty(), 0,
            Optional.empty(), NOW, NOW);

    private final List<String> settled = new ArrayList<>();
    private final List<String> webhookChanges = new ArrayList<>();
    private final List<Map<String, String>> sentHeaders = new ArrayList<>();
    private final List<Duration> leasesAskedFor = new ArrayList<>();
    private DispatchSettings settings = new DispatchSettings(20, Duration.ofMinutes(5));

    private static WebhookDelivery delivery(int attempts) {
        return new WebhookDelivery(new WebhookDeliveryId(7), WEBHOOK.id(), "msg_abc", WebhookEventType.TICKET_CREATED,
                Optional.of(new TicketId(42)), "{\"type\":\"ticket.created\"}", WebhookDeliveryStatus.PENDING,
                attempts, Optional.empty(), Optional.of(NOW), NOW, Optional.empty());
    }

    private static WebhookAttempt answered(int status) {
        return new WebhookAttempt(OptionalInt.of(status), Optional.of(""), Optional.empty(), Duration.ofMillis(30));
    }

    private WebhookDispatchReport dispatch(WebhookDelivery delivery, WebhookAttempt answer, boolean failureDisables,
                                           Instant leaseUntil) {
        WebhookDeliveries deliveries = new WebhookDeliveries() {
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
                leasesAskedFor.add(lease);
                return new WebhookClaim(UUID.randomUUID(), leaseUntil,
                        List.of(new WebhookClaim.Claimed(delivery, WEBHOOK)));
            }

            @Override
            public void markDelivered(WebhookDeliveryId id, UUID token, WebhookAttempt attempt, Instant now) {
                settled.add("delivered");
            }

            @Override
            public void scheduleRetry(WebhookDeliveryId id, UUID token, WebhookAttempt attempt, Instant next) {
                settled.add("retry at " + next);
            }

            @Override
            public void markFailed(WebhookDeliveryId id, UUID token, WebhookAttempt attempt) {
                settled.add("failed");
            }

            @Override
            public int release(UUID claimToken, List<WebhookDeliveryId> ids) {
                settled.add("released");
                return ids.size();
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

            @Override
            public int forgetFinishedBefore(Instant cutoff, int limit) {
                throw new UnsupportedOperationException();
            }
        };
        WebhookRepository webhooks = new WebhookRepository() {
            @Override
            public Webhook add(WebhookUrl url, Set<WebhookEventType> events, boolean active, WebhookSecret secret,
                               Instant now) {
                throw new UnsupportedOperationException();
            }

            @Override
            public Optional<Webhook> findById(WebhookId id) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Webhook> list() {
                throw new UnsupportedOperationException();
            }

            @Override
            public void update(Webhook webhook) {
                throw new UnsupportedOperationException();
            }

            @Override
            public boolean delete(WebhookId id) {
                throw new UnsupportedOperationException();
            }

            @Override
            public void recordSuccess(WebhookId id) {
                webhookChanges.add("success");
            }

            @Override
            public boolean recordFailure(WebhookId id, int disableAfter, String reason, Instant now) {
                webhookChanges.add("failure");
                return failureDisables;
            }

            @Override
            public void disable(WebhookId id, String reason, Instant now) {
                webhookChanges.add("disabled: " + reason);
            }
        };
        DispatchWebhookDeliveriesService service = new DispatchWebhookDeliveriesService(deliveries, webhooks,
                (url, headers, body) -> {
                    sentHeaders.add(headers);
                    if (answer == null) {
                        throw new IllegalStateException("a bug in the sender");
                    }
                    return answer;
                }, RetrySchedule.standard(), settings, 20, CLOCK);
        return service.dispatch();
    }

    private WebhookDispatchReport dispatch(WebhookDelivery delivery, WebhookAttempt answer) {
        return dispatch(delivery, answer, false, NOW.plus(Duration.ofMinutes(5)));
    }

    @Test
    void any_2xx_is_delivered_and_ends_the_run_of_failures() {
        WebhookDispatchReport report = dispatch(delivery(1), answered(202));
        assertEquals(new WebhookDispatchReport(1, 1, 0, 0, 0, 0), report);
        assertEquals(List.of("delivered"), settled);
        assertEquals(List.of("success"), webhookChanges);
    }

    @Test
    void a_request_carries_the_standard_webhooks_headers_signed_with_the_secret() {
        dispatch(delivery(1), answered(200));
        Map<String, String> headers = sentHeaders.getFirst();
        assertEquals("msg_abc", headers.get("webhook-id"));
        assertEquals(Long.toString(NOW.getEpochSecond()), headers.get("webhook-timestamp"));
        assertEquals(WebhookSignature.sign("msg_abc", NOW.getEpochSecond(), "{\"type\":\"ticket.created\"}",
                List.of(SECRET)), headers.get("webhook-signature"));
    }

    @Test
    void a_failure_is_retried_after_the_schedules_delay() {
        WebhookDispatchReport report = dispatch(delivery(1), answered(500));
        assertEquals(new WebhookDispatchReport(1, 0, 1, 0, 0, 0), report);
        assertEquals(List.of("retry at " + NOW.plus(Duration.ofMinutes(1))), settled);
        assertEquals(List.of("failure"), webhookChanges);
    }

    @Test
    void the_sixth_failed_attempt_gives_up() {
        assertEquals(1, dispatch(delivery(6), answered(503)).failed());
        assertEquals(List.of("failed"), settled);
    }

    @Test
    void gone_fails_the_delivery_and_turns_the_webhook_off_at_once() {
        WebhookDispatchReport report = dispatch(delivery(1), answered(410));
        assertEquals(new WebhookDispatchReport(1, 0, 0, 1, 1, 0), report);
        assertEquals(List.of("failed"), settled);
        assertEquals(List.of("disabled: the receiver answered 410 Gone"), webhookChanges);
    }

    @Test
    void a_redirect_is_a_failure() {
        assertEquals(1, dispatch(delivery(1), answered(302)).retrying());
    }

    @Test
    void the_failure_that_reaches_the_limit_is_reported_as_turning_the_webhook_off() {
        assertEquals(1, dispatch(delivery(2), answered(500), true, NOW.plus(Duration.ofMinutes(5))).disabled());
    }

    @Test
    void a_bug_in_the_sender_is_a_failed_attempt_not_a_failed_round() {
        assertEquals(1, dispatch(delivery(1), null).retrying());
    }

    @Test
    void nothing_is_sent_once_the_lease_is_over() {
        WebhookDispatchReport report = dispatch(delivery(1), answered(200), false, NOW);
        assertEquals(1, report.expired());
        assertTrue(sentHeaders.isEmpty());
        assertTrue(settled.isEmpty());
    }

    @Test
    void deliveries_are_held_for_the_skew_allowed_past_the_lease_and_sent_only_within_the_lease() {
        settings = new DispatchSettings(20, Duration.ofMinutes(5), new ClockSkew(Duration.ofMinutes(2)));

        WebhookDispatchReport inTheLastSecondOfTheLease = dispatch(delivery(1), answered(200), false,
                NOW.plus(Duration.ofMinutes(2)).plusSeconds(1));
        WebhookDispatchReport pastTheLease = dispatch(delivery(1), answered(200), false,
                NOW.plus(Duration.ofMinutes(2)));

        assertEquals(List.of(Duration.ofMinutes(7), Duration.ofMinutes(7)), leasesAskedFor);
        assertEquals(1, inTheLastSecondOfTheLease.delivered());
        assertEquals(1, pastTheLease.expired(), "held 2 minutes longer for instances whose clocks run ahead");
        assertEquals(1, sentHeaders.size());
    }

    @Test
    void a_stop_gives_back_at_once_the_deliveries_not_begun_and_lets_the_request_under_way_finish() throws Exception {
        InMemoryWebhookRepository repository = new InMemoryWebhookRepository();
        InMemoryWebhookDeliveries store = new InMemoryWebhookDeliveries(repository);
        Webhook webhook = repository.add(WebhookUrl.parse("https://hooks.example.com/stop"),
                Set.of(WebhookEventType.COMMENT_CREATED), true, SECRET, NOW);
        for (long ticket = 1; ticket <= 4; ticket++) {
            store.enqueue(new WebhookMessage(WebhookEventType.COMMENT_CREATED, Optional.of(new TicketId(ticket)),
                    "{\"ticket\":" + ticket + "}"), List.of(webhook.id()), NOW);
        }
        CountDownLatch stalled = new CountDownLatch(1);
        CountDownLatch answer = new CountDownLatch(1);
        List<String> received = java.util.Collections.synchronizedList(new ArrayList<>());
        WebhookSender stalling = (url, headers, body) -> {
            if (received.isEmpty()) {
                stalled.countDown();
                try {
                    answer.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            received.add(body);
            return answered(204);
        };
        DispatchWebhookDeliveriesService stopping = new DispatchWebhookDeliveriesService(store, repository, stalling,
                RetrySchedule.standard(), new DispatchSettings(20, Duration.ofMinutes(5)), 20, CLOCK);
        // A thread of its own: the common pool may have a single thread on a small machine, busy elsewhere.
        CompletableFuture<WebhookDispatchReport> round = new CompletableFuture<>();
        Thread.ofVirtual().start(() -> {
            try {
                round.complete(stopping.dispatch());
            } catch (RuntimeException e) {
                round.completeExceptionally(e);
            }
        });
        assertTrue(stalled.await(30, TimeUnit.SECONDS), "the first request began");

        assertEquals(new DispatchStopReport(3, 1), stopping.stop());

        WebhookClaim again = store.claimDue(NOW, 20, Duration.ofMinutes(5));
        assertEquals(3, again.deliveries().size(), "given back: claimable at once, not after the lease");
        assertTrue(again.deliveries().stream().allMatch(c -> c.delivery().attempts() == 1),
                "the stopped claim's attempt was taken back");
        assertEquals(WebhookDispatchReport.NOTHING_DUE, stopping.dispatch(), "a stopped dispatcher claims nothing");
        answer.countDown();
        assertEquals(new WebhookDispatchReport(4, 1, 0, 0, 0, 3), round.get(30, TimeUnit.SECONDS));
        assertEquals(List.of("{\"ticket\":1}"), received, "only the request under way was sent");
        assertEquals(WebhookDeliveryStatus.DELIVERED, store.list(webhook.id(), 10).getLast().status());
    }
}
