package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/** Some of a ticket's descriptive fields were changed; one event per edit, listing every changed field. */
public record TicketEdited(UUID eventId, TicketId ticketId, List<FieldChange> changes, Actor actor, Instant occurredAt)
        implements ActorEvent {

    public TicketEdited {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        changes = List.copyOf(changes);
        if (changes.isEmpty()) {
            throw new IllegalArgumentException("an edit must change at least one field");
        }
    }
}
