package io.supportdesk.bootstrap.webhook;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.notification.port.in.DispatchStopReport;
import io.supportdesk.application.webhook.port.in.DispatchWebhookDeliveriesUseCase;
import io.supportdesk.application.webhook.port.in.StopWebhookDispatchUseCase;
import io.supportdesk.application.webhook.port.in.WebhookDispatchReport;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Runs the webhook dispatcher every {@code supportdesk.webhooks.dispatcher.interval} (5 s by default) in every
 * instance; the claims keep instances from sending the same delivery. A tick keeps claiming while something is due,
 * up to a bound, so a backlog drains without waiting for the next tick. Off with
 * {@code WEBHOOKS_DISPATCHER_ENABLED=false}.
 *
 * <p>On shutdown the dispatcher stops at once and gives back the deliveries it claimed and has not begun, so that
 * another instance sends them without waiting for {@code WEBHOOKS_LEASE}; a request under way may finish within the
 * grace period, as the email outbox's does.
 */
@Singleton
@Requires(property = "supportdesk.webhooks.dispatcher.enabled", notEquals = "false")
class WebhookDispatchJob implements GracefulShutdownCapable {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatchJob.class);
    static final int MAX_ROUNDS_PER_TICK = 50;

    private final DispatchWebhookDeliveriesUseCase dispatcher;
    private final StopWebhookDispatchUseCase stopper;

    WebhookDispatchJob(DispatchWebhookDeliveriesUseCase dispatcher, StopWebhookDispatchUseCase stopper) {
        this.dispatcher = dispatcher;
        this.stopper = stopper;
    }

    @Scheduled(fixedDelay = "${supportdesk.webhooks.dispatcher.interval:5s}",
            initialDelay = "${supportdesk.webhooks.dispatcher.initial-delay:5s}")
    void dispatchDue() {
        try {
            for (int round = 0; round < MAX_ROUNDS_PER_TICK; round++) {
                WebhookDispatchReport report = dispatcher.dispatch();
                if (report.retrying() > 0 || report.failed() > 0 || report.disabled() > 0) {
                    // Which receiver and why is in the delivery log (GET /api/v1/webhooks/{id}/deliveries).
                    LOG.warn("Webhooks: {} delivered, {} will be retried, {} given up, {} webhooks turned off",
                            report.delivered(), report.retrying(), report.failed(), report.disabled());
                }
                if (!report.claimedAny()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The database may be briefly unavailable; the next tick tries again and nothing is lost meanwhile.
            LOG.warn("Webhook dispatch failed; retrying at the next tick", e);
        }
    }

    /** Stops the dispatcher as the graceful shutdown begins; the scheduler's own shutdown waits for the tick. */
    @Override
    public CompletionStage<?> shutdownGracefully() {
        stop();
        return CompletableFuture.completedFuture(null);
    }

    /** Also without graceful shutdown: whatever comes first stops the dispatcher, the second call does nothing. */
    @PreDestroy
    void stop() {
        try {
            DispatchStopReport report = stopper.stop();
            if (report.released() > 0 || report.sending() > 0) {
                LOG.info("Webhook dispatcher stopped: {} claimed deliveries given back for another instance, {} "
                        + "request(s) under way left to finish", report.released(), report.sending());
            }
        } catch (RuntimeException e) {
            // The deliveries stay leased and go out after WEBHOOKS_LEASE, as after a crash: late, never lost.
            LOG.warn("Webhook dispatcher stopped, but the deliveries it had claimed could not be given back; they "
                    + "wait for their lease (WEBHOOKS_LEASE)", e);
        }
    }
}
