package io.supportdesk.domain.ticket;

import io.supportdesk.domain.sla.SlaClockKind;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/** An SLA clock passed its due time; noticed by the system, so there is no actor. */
public record SlaBreached(UUID eventId, TicketId ticketId, SlaClockKind kind, Instant dueAt, Instant occurredAt) implements TicketEvent {

    public SlaBreached {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
