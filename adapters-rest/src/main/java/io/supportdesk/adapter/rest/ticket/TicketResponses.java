package io.supportdesk.adapter.rest.ticket;

import io.supportdesk.application.ticket.port.in.TicketDetails;
import io.supportdesk.domain.sla.SlaState;
import io.supportdesk.domain.sla.SlaStatus;
import io.supportdesk.domain.ticket.TicketStatus;


/** The one mapping from a ticket (as its caller sees it) to the REST resource. */
final class TicketResponses {

    private TicketResponses() {
    }

    static TicketResponse of(TicketDetails t) {
        SlaStatus firstResponse = t.firstResponseSla();
        SlaStatus resolution = t.resolutionSla();
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
                new TicketResponse.Requester(t.requester().id().value(), t.requester().email(),
                        t.requester().fullName()),
                t.assignee().map(a -> new TicketResponse.Assignee(a.id().value(), a.fullName())).orElse(null),
                t.team().map(team -> new TicketResponse.Team(team.id().value(), team.name())).orElse(null),
                t.customFields().values(),
                t.metadata().asMap(),
                t.createdAt(),
                t.updatedAt(),
                t.firstRespondedAt().orElse(null),
                t.resolvedAt().orElse(null),
                t.closedAt().orElse(null),
                new TicketResponse.Sla(firstResponse.dueAt(), firstResponse.state().code(), resolution.dueAt(),
                        resolution.state().code(), overall.code(), businessCalendar(t)),
                t.allowedTransitions().stream().map(TicketStatus::code).sorted().toList(),
                t.version(),
                t.type().code(),
                t.project().map(p -> new TicketResponse.Project(p.id().value(), p.key(), p.name())).orElse(null),
                t.channel().code());
    }

    /** Null while the clocks count around the clock (no team, or a team without a calendar). */
    private static TicketResponse.BusinessCalendarRef businessCalendar(TicketDetails t) {
        if (t.slaCalendar().isAlwaysOpen()) {
            return null;
        }
        return new TicketResponse.BusinessCalendarRef(t.team().flatMap(team -> team.calendar()).orElse(null),
                t.slaCalendar().zone().getId());
    }
}
