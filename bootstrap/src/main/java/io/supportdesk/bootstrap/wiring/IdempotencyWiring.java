package io.supportdesk.bootstrap.wiring;

import io.micronaut.context.annotation.Factory;
import io.supportdesk.application.idempotency.PruneIdempotencyKeysService;
import io.supportdesk.application.idempotency.RunIdempotentlyService;
import io.supportdesk.application.idempotency.port.in.PruneIdempotencyKeysUseCase;
import io.supportdesk.application.idempotency.port.in.RunIdempotentlyUseCase;
import io.supportdesk.application.idempotency.port.out.IdempotencyRecords;
import jakarta.inject.Singleton;

import java.time.Clock;

/** Idempotency-Key records for the API's POSTs. */
@Factory
class IdempotencyWiring {

    @Singleton
    RunIdempotentlyUseCase runIdempotently(IdempotencyRecords records, Clock clock) {
        return new RunIdempotentlyService(records, clock);
    }

    @Singleton
    PruneIdempotencyKeysUseCase pruneIdempotencyKeys(IdempotencyRecords records, Clock clock) {
        return new PruneIdempotencyKeysService(records, clock);
    }
}
