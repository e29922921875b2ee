package io.supportdesk.bootstrap.idempotency;

import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.idempotency.port.in.PruneIdempotencyKeysUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes Idempotency-Keys past their 24 hours every {@code supportdesk.idempotency.prune-interval} (10 min), off the
 * request path. Safe on every instance at once, and nothing depends on it for correctness: an expired key is
 * ignored when it is looked at.
 */
@Singleton
class IdempotencyKeyHousekeepingJob {

    private static final Logger LOG = LoggerFactory.getLogger(IdempotencyKeyHousekeepingJob.class);

    private final PruneIdempotencyKeysUseCase prune;

    IdempotencyKeyHousekeepingJob(PruneIdempotencyKeysUseCase prune) {
        this.prune = prune;
    }

    @Scheduled(fixedDelay = "${supportdesk.idempotency.prune-interval:10m}", initialDelay = "1m")
    void pruneExpiredKeys() {
        try {
            prune.prune();
        } catch (RuntimeException e) {
            LOG.warn("Pruning idempotency keys failed; retrying at the next tick", e);
        }
    }
}
