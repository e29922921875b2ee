package io.supportdesk.domain.ticket;

import io.supportdesk.domain.identity.Actor;
import io.supportdesk.domain.identity.TeamId;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A ticket was routed to a team, for the reason given if any (kept in the audit trail). */
public record TicketTeamChanged(UUID eventId, TicketId ticketId, Optional<TeamId> previous, TeamId team,
        Optional<String> reason, Actor actor, Instant occurredAt) implements ActorEvent {

    public static final int MAX_REASON_LENGTH = 500;

    public TicketTeamChanged {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(ticketId, "ticketId");
        Objects.requireNonNull(previous, "previous");
        Objects.requireNonNull(team, "team");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
