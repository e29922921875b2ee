package io.supportdesk.application.ticket.port.in;

import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketMetadata;
import io.supportdesk.domain.ticket.TicketStatus;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket as one caller sees it: the aggregate, the people it names, and the moves this caller may make next.
 *
 * @param version the version this caller's ETag and {@code If-Match} use ({@link Ticket#versionSeenBy})
 * @param updatedAt when the ticket last changed as far as this caller can see ({@link Ticket#updatedAtSeenBy})
 */
public record TicketDetails(Ticket ticket, Participant requester, Optional<Participant> assignee,
                           Set<TicketStatus> allowedTransitions, TicketMetadata metadata, long version,
                           Instant updatedAt) {
}
