package io.supportdesk.adapter.rest.ticket;

import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.sla.SlaState;
import io.supportdesk.domain.sla.SlaStatus;
import io.supportdesk.domain.ticket.Ticket;
import io.supportdesk.domain.ticket.TicketStatus;

import java.time.Clock;

/** The one mapping from a ticket (as its caller sees it) to the REST resource. */
final class TicketResponses {

    private TicketResponses() {
    }

    static TicketResponse of(TicketDetails details, Clock clock) {
        Ticket t = details.ticket();
        SlaStatus firstResponse = t.firstResponseSla(clock);
        SlaStatus resolution = t.resolutionSla(clock);
        SlaState overall = SlaState.mostUrgent(firstResponse.state(), resolution.state());
        return new TicketResponse(
                t.id().value(),
                t.number().value(),
                t.title().value(),
                t.description().value(),
                t.status().code(),
                t.priority().code(),
                t.category().value(),
                t.tags().values(),
                new TicketResponse.Requester(details.requester().id().value(), details.requester().email(),
                        details.requester().fullName()),
                details.assignee().map(a -> new TicketResponse.Assignee(a.id().value(), a.fullName())).orElse(null),
                t.team().map(team -> new TicketResponse.Team(team.value(), null)).orElse(null),
                t.customFields().values(),
                details.metadata().asMap(),
                t.createdAt(),
                details.updatedAt(),
                t.firstRespondedAt().orElse(null),
                t.resolvedAt().orElse(null),
                t.closedAt().orElse(null),
                new TicketResponse.Sla(firstResponse.dueAt(), firstResponse.state().code(), resolution.dueAt(),
                        resolution.state().code(), overall.code()),
                details.allowedTransitions().stream().map(TicketStatus::code).sorted().toList(),
                details.version());
    }
}
