package io.supportdesk.application.idempotency;

import io.supportdesk.application.idempotency.port.in.PruneIdempotencyKeysUseCase;
import io.supportdesk.application.idempotency.port.out.IdempotencyRecords;

import java.time.Clock;

/** Nothing depends on the deleting: {@link RunIdempotentlyService} ignores a key past its retention anyway. */
public final class PruneIdempotencyKeysService implements PruneIdempotencyKeysUseCase {

    private final IdempotencyRecords records;
    private final Clock clock;

    public PruneIdempotencyKeysService(IdempotencyRecords records, Clock clock) {
        this.records = records;
        this.clock = clock;
    }

    @Override
    public void prune() {
        records.forgetBefore(clock.instant().minus(RunIdempotentlyService.RETENTION));
    }
}
