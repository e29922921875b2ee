package io.supportdesk.bootstrap.identity;

import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.identity.port.in.PruneSignInRecordsUseCase;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Deletes stale sign-in failures, expired refresh tokens and socket tickets, and logged sign-ins older than
 * {@code SIGN_IN_RETENTION}, every {@code supportdesk.identity.prune-interval} (10 min). Off the sign-in path on
 * purpose: under a password-guessing attack, sign-in must not also do table-wide deletes. Nothing depends on the
 * deleting for correctness — every read filters by time as well; it keeps the tables bounded.
 */
@Singleton
class SignInHousekeepingJob {

    private static final Logger LOG = LoggerFactory.getLogger(SignInHousekeepingJob.class);

    private final PruneSignInRecordsUseCase prune;

    SignInHousekeepingJob(PruneSignInRecordsUseCase prune) {
        this.prune = prune;
    }

    @Scheduled(fixedDelay = "${supportdesk.identity.prune-interval:10m}", initialDelay = "1m")
    void pruneStaleRecords() {
        try {
            prune.prune();
        } catch (RuntimeException e) {
            LOG.warn("Pruning sign-in records failed; retrying at the next tick", e);
        }
    }
}
