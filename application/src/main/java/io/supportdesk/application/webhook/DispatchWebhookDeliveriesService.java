package io.supportdesk.application.webhook;

import io.supportdesk.application.notification.DispatchRounds;
import io.supportdesk.application.notification.DispatchSettings;
import io.supportdesk.application.notification.RetrySchedule;
import io.supportdesk.application.notification.port.in.DispatchStopReport;
import io.supportdesk.application.webhook.port.in.DispatchWebhookDeliveriesUseCase;
import io.supportdesk.application.webhook.port.in.StopWebhookDispatchUseCase;
import io.supportdesk.application.webhook.port.in.WebhookDispatchReport;
import io.supportdesk.application.webhook.port.out.WebhookDeliveries;
import io.supportdesk.application.webhook.port.out.WebhookRepository;
import io.supportdesk.application.webhook.port.out.WebhookSender;
import io.supportdesk.domain.webhook.Webhook;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Claims a bounded batch of due deliveries (the claim commits before anything is sent, so no transaction stays open
 * while a receiver thinks), signs and sends each, and settles it:
 * <ul>
 *     <li>any 2xx: delivered, and the webhook's run of failures is over;</li>
 *     <li>410 Gone: failed, and the webhook is turned off — the receiver said it is gone for good;</li>
 *     <li>anything else (another status, a timeout, a refused destination): retried after the
 *     {@link RetrySchedule}'s next delay, failed once the delays run out; {@code disableAfter} failed attempts in
 *     a row turn the webhook off.</li>
 * </ul>
 * At least once: a delivery is settled only after the answer, so a crash in between sends it again, under the same
 * {@code webhook-id}. Never twice at once: it is sent only while this dispatcher's lease on it lasts, and other
 * dispatchers keep off it for the clock skew allowed beyond that.
 *
 * <p>Stopped (the instance shuts down), it claims nothing more and gives the deliveries it claimed and has not begun
 * back at once; a request under way is left to finish and settle.
 */
public final class DispatchWebhookDeliveriesService implements DispatchWebhookDeliveriesUseCase,
        StopWebhookDispatchUseCase {

    private final WebhookDeliveries deliveries;
    private final WebhookRepository webhooks;
    private final WebhookSender sender;
    private final RetrySchedule schedule;
    private final DispatchSettings settings;
    private final int disableAfter;
    private final Clock clock;
    private final DispatchRounds<WebhookClaim.Claimed> rounds = new DispatchRounds<>();

    public DispatchWebhookDeliveriesService(WebhookDeliveries deliveries, WebhookRepository webhooks,
                                            WebhookSender sender, RetrySchedule schedule, DispatchSettings settings,
                                            int disableAfter, Clock clock) {
        if (disableAfter < 1) {
            throw new IllegalArgumentException("a webhook is turned off after at least one failure");
        }
        this.deliveries = deliveries;
        this.webhooks = webhooks;
        this.sender = sender;
        this.schedule = schedule;
        this.settings = settings;
        this.disableAfter = disableAfter;
        this.clock = clock;
    }

    @Override
    public WebhookDispatchReport dispatch() {
        if (rounds.stopped()) {
            return WebhookDispatchReport.NOTHING_DUE;
        }
        WebhookClaim claim = deliveries.claimDue(clock.instant(), settings.batchSize(), settings.heldFor());
        if (claim.isEmpty()) {
            return WebhookDispatchReport.NOTHING_DUE;
        }
        Optional<DispatchRounds.Round<WebhookClaim.Claimed>> begun = rounds.begin(claim.token(), claim.deliveries());
        if (begun.isEmpty()) {
            // Stopped while the claim was being made: none of it is ours to send any more.
            deliveries.release(claim.token(), ids(claim.deliveries()));
            int claimed = claim.deliveries().size();
            return new WebhookDispatchReport(claimed, 0, 0, 0, 0, claimed);
        }
        DispatchRounds.Round<WebhookClaim.Claimed> round = begun.get();
        Instant sendUntil = settings.sendUntil(claim.leaseUntil());
        int delivered = 0;
        int retrying = 0;
        int failed = 0;
        int disabled = 0;
        int expired = 0;
        try {
            for (Optional<WebhookClaim.Claimed> next = rounds.next(round); next.isPresent();
                 next = rounds.next(round)) {
                WebhookClaim.Claimed claimed = next.get();
                if (!clock.instant().isBefore(sendUntil)) {
                    // Another dispatcher may have claimed it by now: sending it here could send it twice at once.
                    expired++;
                    continue;
                }
                WebhookDelivery delivery = claimed.delivery();
                Webhook webhook = claimed.webhook();
                Instant sentAt = clock.instant();
                Map<String, String> headers = new LinkedHashMap<>();
                headers.put(WebhookSignature.ID_HEADER, delivery.messageId());
                headers.put(WebhookSignature.TIMESTAMP_HEADER, Long.toString(sentAt.getEpochSecond()));
                headers.put(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(delivery.messageId(),
                        sentAt.getEpochSecond(), delivery.body(), webhook.signingSecrets(sentAt)));
                WebhookAttempt attempt = send(webhook, headers, delivery.body());
                Instant now = clock.instant();
                if (attempt.succeeded()) {
                    deliveries.markDelivered(delivery.id(), claim.token(), attempt, now);
                    webhooks.recordSuccess(webhook.id());
                    delivered++;
                    continue;
                }
                boolean gone = attempt.responseStatus().isPresent() && attempt.responseStatus().getAsInt() == 410;
                Optional<Duration> delay = gone ? Optional.empty() : schedule.delayAfter(delivery.attempts());
                if (delay.isPresent()) {
                    deliveries.scheduleRetry(delivery.id(), claim.token(), attempt, now.plus(delay.get()));
                    retrying++;
                } else {
                    deliveries.markFailed(delivery.id(), claim.token(), attempt);
                    failed++;
                }
                if (gone) {
                    webhooks.disable(webhook.id(), "the receiver answered 410 Gone", now);
                    disabled++;
                } else if (webhooks.recordFailure(webhook.id(), disableAfter,
                        disableAfter + " deliveries in a row failed", now)) {
                    disabled++;
                }
            }
        } finally {
            expired += rounds.end(round);
        }
        return new WebhookDispatchReport(claim.deliveries().size(), delivered, retrying, failed, disabled, expired);
    }

    @Override
    public DispatchStopReport stop() {
        DispatchRounds.Stop<WebhookClaim.Claimed> stop = rounds.stop();
        int released = 0;
        for (Map.Entry<UUID, List<WebhookClaim.Claimed>> claim : stop.untouched().entrySet()) {
            released += deliveries.release(claim.getKey(), ids(claim.getValue()));
        }
        return new DispatchStopReport(released, stop.sending());
    }

    private static List<WebhookDeliveryId> ids(List<WebhookClaim.Claimed> claimed) {
        return claimed.stream().map(c -> c.delivery().id()).toList();
    }

    private WebhookAttempt send(Webhook webhook, Map<String, String> headers, String body) {
        Instant start = clock.instant();
        try {
            return sender.send(webhook.url(), headers, body);
        } catch (RuntimeException e) {
            // A bug in a sender must not stop the rest of the batch; the log keeps what went wrong.
            return new WebhookAttempt(java.util.OptionalInt.empty(), Optional.empty(),
                    Optional.of(e.getClass().getSimpleName() + ": " + e.getMessage()),
                    Duration.between(start, clock.instant()));
        }
    }
}
