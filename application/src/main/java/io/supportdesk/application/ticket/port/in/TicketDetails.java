package io.supportdesk.application.ticket.port.in;

import io.supportdesk.application.ticket.port.out.ProjectSummary;
import io.supportdesk.application.ticket.port.out.TeamSummary;
import io.supportdesk.application.ticket.port.out.TicketParticipants.Participant;
import io.supportdesk.domain.sla.BusinessCalendar;
import io.supportdesk.domain.sla.SlaStatus;
import io.supportdesk.domain.ticket.CategoryCode;
import io.supportdesk.domain.ticket.CustomFields;
import io.supportdesk.domain.ticket.Description;
import io.supportdesk.domain.ticket.Priority;
import io.supportdesk.domain.ticket.Tags;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketChannel;
import io.supportdesk.domain.ticket.TicketId;
import io.supportdesk.domain.ticket.TicketMetadata;
import io.supportdesk.domain.ticket.TicketNumber;
import io.supportdesk.domain.ticket.TicketStatus;
import io.supportdesk.domain.ticket.TicketType;
import io.supportdesk.domain.ticket.Title;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A ticket as one caller sees it at one moment: a read-only view, never the aggregate (which stays inside the use
 * cases), with the people it names, its SLA clocks read at that moment and the moves this caller may make next.
 *
 * @param version the version this caller's ETag and {@code If-Match} use ({@link Ticket#versionSeenBy})
 * @param updatedAt when the ticket last changed as far as this caller can see ({@link Ticket#updatedAtSeenBy})
 */
public record TicketDetails(TicketId id, TicketNumber number, Title title, Description description,
                            TicketStatus status, Priority priority, CategoryCode category, Tags tags,
                            Participant requester, Optional<Participant> assignee, Optional<TeamSummary> team,
                            CustomFields customFields, TicketMetadata metadata, Instant createdAt, Instant updatedAt,
                            Optional<Instant> firstRespondedAt, Optional<Instant> resolvedAt,
                            Optional<Instant> closedAt, SlaStatus firstResponseSla, SlaStatus resolutionSla,
                            Set<TicketStatus> allowedTransitions, long version, BusinessCalendar slaCalendar,
                            TicketType type, Optional<ProjectSummary> project, TicketChannel channel) {

    public TicketDetails {
        allowedTransitions = Set.copyOf(allowedTransitions);
    }
}
