package io.supportdesk.bootstrap.notification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.runtime.graceful.GracefulShutdownCapable;
import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.notification.port.in.DispatchOutboxUseCase;
import io.supportdesk.application.notification.port.in.DispatchReport;
import io.supportdesk.application.notification.port.in.DispatchStopReport;
import io.supportdesk.application.notification.port.in.StopOutboxDispatchUseCase;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;

/**
 * Runs the outbox dispatcher every {@code supportdesk.outbox.dispatcher.interval} (5 s by default) in every instance;
 * the claims keep instances from sending the same row. A tick keeps claiming while there is something due, up to a
 * bound, so a backlog drains without waiting for the next tick. Off with {@code OUTBOX_DISPATCHER_ENABLED=false}.
 *
 * <p>On shutdown (SIGTERM) the dispatcher stops at once: the rows it claimed and has not begun to send are given back,
 * so that another instance sends them without waiting for {@code OUTBOX_LEASE}; a send under way may finish within
 * the grace period ({@code SHUTDOWN_GRACE_PERIOD}).
 */
@Singleton
@Requires(property = "supportdesk.outbox.dispatcher.enabled", notEquals = "false")
class OutboxDispatchJob implements GracefulShutdownCapable {

    private static final Logger LOG = LoggerFactory.getLogger(OutboxDispatchJob.class);
    static final int MAX_ROUNDS_PER_TICK = 50;

    private final DispatchOutboxUseCase dispatcher;
    private final StopOutboxDispatchUseCase stopper;

    OutboxDispatchJob(DispatchOutboxUseCase dispatcher, StopOutboxDispatchUseCase stopper) {
        this.dispatcher = dispatcher;
        this.stopper = stopper;
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

    /**
     * Stops the dispatcher when the graceful shutdown begins, while the database is still there. The tick in progress
     * (a send under way) is waited for by the scheduler's own graceful shutdown, within the same grace period.
     */
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
                LOG.info("Outbox dispatcher stopped: {} claimed messages given back for another instance, {} send(s) "
                        + "under way left to finish", report.released(), report.sending());
            }
        } catch (RuntimeException e) {
            // The rows stay leased and are sent after OUTBOX_LEASE, as after a crash: late, never lost.
            LOG.warn("Outbox dispatcher stopped, but the messages it had claimed could not be given back; they wait "
                    + "for their lease (OUTBOX_LEASE)", e);
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
