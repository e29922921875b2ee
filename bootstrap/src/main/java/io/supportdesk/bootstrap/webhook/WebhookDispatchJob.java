package io.supportdesk.bootstrap.webhook;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.webhook.port.in.DispatchWebhookDeliveriesUseCase;
import io.supportdesk.application.webhook.port.in.WebhookDispatchReport;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the webhook dispatcher every {@code supportdesk.webhooks.dispatcher.interval} (5 s by default) in every
 * instance; the claims keep instances from sending the same delivery. A tick keeps claiming while something is due,
 * up to a bound, so a backlog drains without waiting for the next tick. Off with
 * {@code WEBHOOKS_DISPATCHER_ENABLED=false}.
 */
@Singleton
@Requires(property = "supportdesk.webhooks.dispatcher.enabled", notEquals = "false")
class WebhookDispatchJob {

    private static final Logger LOG = LoggerFactory.getLogger(WebhookDispatchJob.class);
    static final int MAX_ROUNDS_PER_TICK = 50;

    private final DispatchWebhookDeliveriesUseCase dispatcher;

    WebhookDispatchJob(DispatchWebhookDeliveriesUseCase dispatcher) {
        this.dispatcher = dispatcher;
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
}
