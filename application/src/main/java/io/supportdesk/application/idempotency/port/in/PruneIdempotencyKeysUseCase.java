package io.supportdesk.application.idempotency.port.in;

/** Forgets keys older than they are kept for; for a periodic job, never for the request path. */
public interface PruneIdempotencyKeysUseCase {

    void prune();
}
