package io.supportdesk.domain.ticket;

import io.supportdesk.domain.sla.SlaClockKind;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An SLA clock has a fifth or less of its target left; noticed by the system, so there is no actor. */
public record SlaAtRisk(UUID eventId, TicketId ticketId, SlaClockKind kind, Instant dueAt, Instant occurredAt) implements TicketEvent {

    public SlaAtRisk {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
