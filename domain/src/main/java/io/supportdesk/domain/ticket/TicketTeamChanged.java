package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.team.TeamId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A ticket was routed to a team. */
public record TicketTeamChanged(UUID eventId, TicketId ticketId, Optional<TeamId> previous, TeamId team, Actor actor,
        Instant occurredAt) implements ActorEvent {

    public TicketTeamChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
