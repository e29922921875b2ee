package io.supportdesk.domain.ticket;

import java.time.Instant;
import java.util.UUID;

/**
 * Something that happened to a ticket. Events a person caused are {@link ActorEvent}s; the SLA events are noticed by
 * the system as time passes and have no actor, rather than a made-up "system" user.
 */
public sealed interface TicketEvent permits ActorEvent, SlaAtRisk, SlaBreached {

    /** Unique per event, so consumers can deduplicate redelivered events. */
    UUID eventId();

    TicketId ticketId();

    Instant occurredAt();
}
