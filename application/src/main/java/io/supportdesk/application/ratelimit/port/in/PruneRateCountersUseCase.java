package io.supportdesk.application.ratelimit.port.in;

/** Forgets the counts of windows that have ended; for a periodic job, never for the request path. */
public interface PruneRateCountersUseCase {

    void prune();
}
