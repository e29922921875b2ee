package io.supportdesk.domain.assignment;

import java.time.Instant;
import java.util.Comparator;

/** Orderings the strategies share, so "least loaded" means the same everywhere. */
final class AssignmentOrder {

    static final Comparator<AgentCandidate> BY_ID = Comparator.comparingLong(candidate -> candidate.id().value());

    /** Fewest open tickets, then longest idle (never assigned first), then lowest id. */
    static final Comparator<AgentCandidate> LEAST_LOADED = Comparator
            .comparingInt(AgentCandidate::openTickets)
            .thenComparing(AgentCandidate::lastAssignedAt, Comparator.nullsFirst(Comparator.<Instant>naturalOrder()))
            .thenComparing(BY_ID);

    private AssignmentOrder() {
    }
}
