package io.supportdesk.bootstrap.notification;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.notification.port.in.DigestReport;
import io.supportdesk.application.notification.port.in.SendDailyDigestUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks every few minutes whether today's digest is due ({@code DIGEST_TIME} in {@code NOTIFICATION_TIME_ZONE});
 * polling rather than a cron trigger means a restart across the hour still sends it, and the digests' Message-IDs
 * keep several instances from sending it twice. Off with {@code DIGEST_ENABLED=false}.
 */
@Singleton
@Requires(property = "supportdesk.digest.enabled", notEquals = "false")
class DailyDigestJob {

    private static final Logger LOG = LoggerFactory.getLogger(DailyDigestJob.class);

    private final SendDailyDigestUseCase digest;

    DailyDigestJob(SendDailyDigestUseCase digest) {
        this.digest = digest;
    }

    @Scheduled(fixedDelay = "${supportdesk.digest.check-interval:5m}", initialDelay = "30s")
    void sendIfDue() {
        try {
            DigestReport report = digest.sendDue();
            report.day().ifPresent(day -> LOG.info("Daily digest for {}: {} queued", day, report.queued()));
        } catch (RuntimeException e) {
            LOG.warn("Daily digest failed; trying again at the next check", e);
        }
    }
}
