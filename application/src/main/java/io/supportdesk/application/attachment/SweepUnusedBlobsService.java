package io.supportdesk.application.attachment;

import io.supportdesk.application.attachment.port.out.AttachmentRepository;
import io.supportdesk.application.attachment.port.out.BlobStore;
import io.supportdesk.application.port.out.UnitOfWork;
import io.supportdesk.domain.attachment.ContentHash;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * Removes stored bytes nothing refers to any more once the grace period has passed: those of uploads whose
 * transaction failed, of tickets deleted with their attachments, and of deletions that found a recent upload of the
 * same bytes. Each batch is one transaction holding the blobs' rows ({@code SKIP LOCKED}), so several instances sweep
 * side by side without deleting the same bytes twice or bytes an upload is about to use.
 */
public final class SweepUnusedBlobsService {

    private final AttachmentRepository attachments;
    private final BlobStore blobs;
    private final UnitOfWork unitOfWork;
    private final Clock clock;
    private final Duration grace;
    private final int batch;

    public SweepUnusedBlobsService(AttachmentRepository attachments, BlobStore blobs, UnitOfWork unitOfWork,
                                   Clock clock, Duration grace, int batch) {
        this.attachments = attachments;
        this.blobs = blobs;
        this.unitOfWork = unitOfWork;
        this.clock = clock;
        this.grace = grace;
        this.batch = batch;
    }

    /** One bounded batch. @return how many blobs were removed */
    public int sweep() {
        return unitOfWork.inTransaction(() -> {
            List<ContentHash> unused = attachments.forgetUnused(clock.instant().minus(grace), batch);
            unused.forEach(blobs::delete);
            return unused.size();
        });
    }
}
