package io.supportdesk.bootstrap.attachment;

import io.micronaut.context.annotation.Requires;
import io.micronaut.scheduling.annotation.Scheduled;
import io.supportdesk.application.attachment.SweepUnusedBlobsService;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Removes unused attachment bytes every {@code supportdesk.attachments.sweep-interval} (10 min by default), in
 * batches of {@code sweep-batch}, in every instance: each batch holds its blobs' rows with {@code SKIP LOCKED}, so
 * instances share the work. Off with {@code ATTACHMENTS_SWEEP_ENABLED=false}.
 */
@Singleton
@Requires(property = "supportdesk.attachments.sweep-enabled", notEquals = "false")
class BlobSweepJob {

    private static final Logger LOG = LoggerFactory.getLogger(BlobSweepJob.class);
    private static final int MAX_BATCHES = 100;

    private final SweepUnusedBlobsService sweeper;

    BlobSweepJob(SweepUnusedBlobsService sweeper) {
        this.sweeper = sweeper;
    }

    @Scheduled(fixedDelay = "${supportdesk.attachments.sweep-interval:10m}", initialDelay = "1m")
    void sweep() {
        try {
            int removed = 0;
            // Bounded: a backlog is worked off over several ticks rather than in one long run.
            for (int batch = 0; batch < MAX_BATCHES; batch++) {
                int swept = sweeper.sweep();
                removed += swept;
                if (swept == 0) {
                    break;
                }
            }
            if (removed > 0) {
                LOG.info("Attachments: removed the bytes of {} blob(s) nothing refers to", removed);
            }
        } catch (RuntimeException e) {
            LOG.warn("Attachment sweep failed; retrying at the next tick", e);
        }
    }
}
