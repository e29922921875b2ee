package io.supportdesk.bootstrap.ratelimit;

import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.ratelimit.port.in.PruneRateCountersUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes the counts of ended rate-limit windows every {@code supportdesk.rate-limit.prune-interval} (5 min), off the
 * request path: under a flood, requests must not also do table-wide deletes. Safe on every instance at once (the
 * delete is idempotent), and nothing depends on it for correctness: a decision reads only its own window.
 */
@Singleton
class RateCounterHousekeepingJob {

    private static final Logger LOG = LoggerFactory.getLogger(RateCounterHousekeepingJob.class);

    private final PruneRateCountersUseCase prune;

    RateCounterHousekeepingJob(PruneRateCountersUseCase prune) {
        this.prune = prune;
    }

    @Scheduled(fixedDelay = "${supportdesk.rate-limit.prune-interval:5m}", initialDelay = "1m")
    void pruneEndedWindows() {
        try {
            prune.prune();
        } catch (RuntimeException e) {
            LOG.warn("Pruning rate-limit counters failed; retrying at the next tick", e);
        }
    }
}
