package io.supportdesk.bootstrap.notification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.notification.port.in.DispatchOutboxUseCase;
import io.supportdesk.application.notification.port.in.DispatchReport;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the outbox dispatcher every {@code supportdesk.outbox.dispatcher.interval} (5 s by default) in every instance;
 * the claims keep instances from sending the same row. A tick keeps claiming while there is something due, up to a
 * bound, so a backlog drains without waiting for the next tick. Off with {@code OUTBOX_DISPATCHER_ENABLED=false}.
 */
@Singleton
@Requires(property = "supportdesk.outbox.dispatcher.enabled", notEquals = "false")
class OutboxDispatchJob {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatchJob.class);
    static final int MAX_ROUNDS_PER_TICK = 50;

    private final DispatchOutboxUseCase dispatcher;

    OutboxDispatchJob(DispatchOutboxUseCase dispatcher) {
        this.dispatcher = dispatcher;
    }

    @Scheduled(fixedDelay = "${supportdesk.outbox.dispatcher.interval:5s}",
            initialDelay = "${supportdesk.outbox.dispatcher.initial-delay:5s}")
    void dispatchDue() {
        try {
            for (int round = 0; round < MAX_ROUNDS_PER_TICK; round++) {
                DispatchReport report = dispatcher.dispatch();
                log(report);
                if (!report.claimedAny()) {
                    return;
                }
            }
        } catch (RuntimeException e) {
            // The database may be briefly unavailable; the next tick tries again and nothing is lost meanwhile.
            LOG.warn("Outbox dispatch failed; retrying at the next tick", e);
        }
    }

    private static void log(DispatchReport report) {
        if (report.retrying() > 0 || report.dead() > 0) {
            LOG.warn("Outbox: {} sent, {} will be retried, {} gave up (dead), {} left for another dispatcher; the last "
                            + "failure: {}", report.sent(), report.retrying(), report.dead(), report.expired(),
                    report.lastFailure().orElse("(none recorded)"));
        } else if (report.claimedAny()) {
            LOG.debug("Outbox: {} sent", report.sent());
        }
    }
}
